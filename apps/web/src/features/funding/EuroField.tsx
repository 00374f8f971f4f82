import { formatEuro, parseEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { TextField } from '../../components/FormField.tsx';

interface EuroFieldProps {
  id: string;
  label: string;
  /** Amount in cents. */
  value: number;
  onChange: (cent: number) => void;
  error?: string;
  hint?: string;
}

/**
 * A euro amount as people type it ("21.150,00"); the form holds integer cents. An unreadable entry keeps
 * the text and reports NaN, which the shared schema refuses with its German message.
 */
export function EuroField({ id, label, value, onChange, error, hint }: EuroFieldProps) {
  const [text, setText] = useState(value ? formatEuro(value).replace(' €', '') : '');
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      inputMode="decimal"
      value={text}
      onValueChange={(next) => {
        setText(next);
        const cent = next.trim() === '' ? 0 : parseEuro(next);
        onChange(cent ?? Number.NaN);
      }}
      error={error}
    />
  );
}
