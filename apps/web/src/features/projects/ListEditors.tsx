import type { TProjectForm, TProjectFormInput } from '@asskomm/contracts';
import { type Control, useFieldArray } from 'react-hook-form';
import { ControlledTextField } from '../../components/FormControls.tsx';
import { RepeatRows } from '../../components/RepeatRows.tsx';

/** Materials of the project (e.g. print products of a campaign), one row each. */
export function MaterialsEditor({ control }: { control: Control<TProjectFormInput, unknown, TProjectForm> }) {
  const rows = useFieldArray({ control, name: 'materials' });
  return (
    <RepeatRows
      legend="Materialien"
      legendClassName="kern-heading-small"
      rows={rows.fields}
      rowName={(i) => `Material ${i + 1}`}
      onRemove={rows.remove}
      addLabel="Material hinzufügen"
      onAdd={() => rows.append({ title: '', kind: '', quantity: '' })}
      rowClassName="app-list-row"
    >
      {(i) => (
        <>
          <ControlledTextField
            control={control}
            name={`materials.${i}.title`}
            id={`projekt-material-${i}-title`}
            label={`Material ${i + 1}`}
          />
          <ControlledTextField
            control={control}
            name={`materials.${i}.kind`}
            id={`projekt-material-${i}-kind`}
            label="Art"
            optional
          />
          <ControlledTextField
            control={control}
            name={`materials.${i}.quantity`}
            id={`projekt-material-${i}-quantity`}
            label="Anzahl"
            inputMode="numeric"
            optional
          />
        </>
      )}
    </RepeatRows>
  );
}

/** Milestones with due and done dates. */
export function MilestonesEditor({
  control,
}: {
  control: Control<TProjectFormInput, unknown, TProjectForm>;
}) {
  const rows = useFieldArray({ control, name: 'milestones' });
  return (
    <RepeatRows
      legend="Meilensteine"
      legendClassName="kern-heading-small"
      rows={rows.fields}
      rowName={(i) => `Meilenstein ${i + 1}`}
      onRemove={rows.remove}
      addLabel="Meilenstein hinzufügen"
      onAdd={() => rows.append({ title: '', dueOn: null, doneOn: null })}
      rowClassName="app-list-row"
    >
      {(i) => (
        <>
          <ControlledTextField
            control={control}
            name={`milestones.${i}.title`}
            id={`projekt-milestone-${i}-title`}
            label={`Meilenstein ${i + 1}`}
          />
          <ControlledTextField
            control={control}
            name={`milestones.${i}.dueOn`}
            id={`projekt-milestone-${i}-due`}
            label="fällig am"
            type="date"
            optional
            nullWhenEmpty
          />
          <ControlledTextField
            control={control}
            name={`milestones.${i}.doneOn`}
            id={`projekt-milestone-${i}-done`}
            label="erledigt am"
            type="date"
            optional
            nullWhenEmpty
          />
        </>
      )}
    </RepeatRows>
  );
}
