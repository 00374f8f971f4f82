import type { TProjectInput } from '@asskomm/contracts';
import { type Control, Controller, useFieldArray } from 'react-hook-form';
import { TextField } from '../../components/FormField.tsx';

/** Materials of the project (e.g. print products of a campaign), one row each. */
export function MaterialsEditor({ control }: { control: Control<TProjectInput> }) {
  const rows = useFieldArray({ control, name: 'materials' });
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-heading-small">Materialien</legend>
      <div className="app-fieldset-body">
        {rows.fields.map((field, i) => (
          <div key={field.id} className="app-list-row">
            <Controller
              control={control}
              name={`materials.${i}.title`}
              render={({ field: f, fieldState }) => (
                <TextField
                  id={`projekt-material-${i}-title`}
                  label={`Material ${i + 1}`}
                  value={f.value ?? ''}
                  onValueChange={f.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={control}
              name={`materials.${i}.kind`}
              render={({ field: f }) => (
                <TextField
                  id={`projekt-material-${i}-kind`}
                  label="Art"
                  value={f.value ?? ''}
                  onValueChange={f.onChange}
                  optional
                />
              )}
            />
            <Controller
              control={control}
              name={`materials.${i}.quantity`}
              render={({ field: f, fieldState }) => (
                <TextField
                  id={`projekt-material-${i}-quantity`}
                  label="Anzahl"
                  inputMode="numeric"
                  value={f.value == null ? '' : String(f.value)}
                  onValueChange={(v) => f.onChange(v.trim() === '' ? null : Number(v))}
                  error={fieldState.error?.message}
                  optional
                />
              )}
            />
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => rows.remove(i)}>
              <span className="kern-label">
                Entfernen<span className="kern-sr-only"> (Material {i + 1})</span>
              </span>
            </button>
          </div>
        ))}
        <div className="app-actions">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => rows.append({ title: '', kind: '', quantity: null })}
          >
            <span className="kern-label">Material hinzufügen</span>
          </button>
        </div>
      </div>
    </fieldset>
  );
}

/** Milestones with due and done dates. */
export function MilestonesEditor({ control }: { control: Control<TProjectInput> }) {
  const rows = useFieldArray({ control, name: 'milestones' });
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-heading-small">Meilensteine</legend>
      <div className="app-fieldset-body">
        {rows.fields.map((field, i) => (
          <div key={field.id} className="app-list-row">
            <Controller
              control={control}
              name={`milestones.${i}.title`}
              render={({ field: f, fieldState }) => (
                <TextField
                  id={`projekt-milestone-${i}-title`}
                  label={`Meilenstein ${i + 1}`}
                  value={f.value ?? ''}
                  onValueChange={f.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={control}
              name={`milestones.${i}.dueOn`}
              render={({ field: f }) => (
                <TextField
                  id={`projekt-milestone-${i}-due`}
                  label="fällig am"
                  type="date"
                  value={f.value ?? ''}
                  onValueChange={(v) => f.onChange(v || null)}
                  optional
                />
              )}
            />
            <Controller
              control={control}
              name={`milestones.${i}.doneOn`}
              render={({ field: f }) => (
                <TextField
                  id={`projekt-milestone-${i}-done`}
                  label="erledigt am"
                  type="date"
                  value={f.value ?? ''}
                  onValueChange={(v) => f.onChange(v || null)}
                  optional
                />
              )}
            />
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => rows.remove(i)}>
              <span className="kern-label">
                Entfernen<span className="kern-sr-only"> (Meilenstein {i + 1})</span>
              </span>
            </button>
          </div>
        ))}
        <div className="app-actions">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => rows.append({ title: '', dueOn: null, doneOn: null })}
          >
            <span className="kern-label">Meilenstein hinzufügen</span>
          </button>
        </div>
      </div>
    </fieldset>
  );
}
