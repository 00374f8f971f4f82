import { useState } from 'react';
import { SelectField, TextAreaField } from '../../components/FormField.tsx';
import { linesOf } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { surveyApi } from '../surveys/api.ts';

export interface EvaluationValue {
  waveBefore: number | null;
  waveAfter: number | null;
  items: string[];
}

/** Beccaria step 6 in data: the survey before and after the project and the questions to compare. */
export function EvaluationFields({
  ags,
  value,
  onChange,
  error,
}: {
  ags: string;
  value: EvaluationValue;
  onChange: (next: EvaluationValue) => void;
  error?: string;
}) {
  const waves = useApiQuery(/^\d{8}$/.test(ags) ? ['surveys', 'list', ags] : null, (signal) =>
    surveyApi.list(ags, signal),
  );
  const [itemsText, setItemsText] = useState(value.items.join('\n'));
  const options = [
    { value: '', label: 'keine' },
    ...(waves.data?.items ?? []).map((w) => ({ value: String(w.id), label: `${w.title} (${w.status})` })),
  ];
  const wave = (v: string) => (v ? Number(v) : null);
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-heading-small">Überprüfung mit der Bürgerbefragung</legend>
      <div className="app-fieldset-body">
        <div className="app-form__row">
          <SelectField
            id="projekt-evaluation-before"
            label="Befragung vor dem Projekt"
            value={value.waveBefore ? String(value.waveBefore) : ''}
            onValueChange={(v) => onChange({ ...value, waveBefore: wave(v) })}
            options={options}
          />
          <SelectField
            id="projekt-evaluation-after"
            label="Befragung nach dem Projekt"
            value={value.waveAfter ? String(value.waveAfter) : ''}
            onValueChange={(v) => onChange({ ...value, waveAfter: wave(v) })}
            options={options}
          />
        </div>
        <TextAreaField
          id="projekt-evaluation-items"
          label="Fragen (Codes, eine je Zeile)"
          hint="Kennwerte des Lageberichts, z. B. SF01 (Sicherheitsgefühl), ORT_01, KON_03."
          value={itemsText}
          onValueChange={(text) => {
            setItemsText(text);
            onChange({ ...value, items: linesOf(text).map((c) => c.toUpperCase()) });
          }}
          error={error}
          rows={3}
        />
      </div>
    </fieldset>
  );
}
