import { formatEuro, parseEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
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

/** A EuroField bound to react-hook-form (the field holds integer cents). */
export function ControlledEuroField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  ...rest
}: Omit<EuroFieldProps, 'value' | 'onChange' | 'error'> & {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
}) {
  const { field, fieldState } = useController<T, FieldPath<T>, TOut>({ control, name });
  return (
    <EuroField {...rest} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
  );
}
