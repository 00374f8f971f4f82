import { type ComponentProps, useCallback, useEffect, useRef, useState } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import {
  CheckboxField,
  CheckboxGroup,
  FileField,
  SelectField,
  TextAreaField,
  TextField,
} from './FormField.tsx';

/** What a bound field takes: the form's control and the field's name instead of value, change and error. */
type Controlled<T extends FieldValues, TOut extends FieldValues, Props> = Omit<
  Props,
  'id' | 'name' | 'value' | 'onValueChange' | 'onBlur' | 'error'
> & {
  /** The form's control; forms whose schema transforms values (TOut) fit as well. */
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  /** The input's id; the error summary links to it, so it defaults to the field's name. */
  id?: string;
  /** An emptied field sets null (optional dates and numbers the schema takes as nullable). */
  nullWhenEmpty?: boolean;
};

/**
 * Value, change, blur and the field's error message (from the shared zod schema or from the server, see
 * lib/form-errors.ts) of a text-valued field; an empty or missing value shows as ''.
 */
function useTextController<T extends FieldValues, TOut extends FieldValues>({
  control,
  name,
  id,
  nullWhenEmpty,
}: {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  id?: string;
  nullWhenEmpty?: boolean;
}) {
  const { field, fieldState } = useController<T, FieldPath<T>, TOut>({ control, name });
  return {
    id: id ?? name,
    name,
    value: (field.value as string | null | undefined) ?? '',
    onValueChange: (value: string) => field.onChange(nullWhenEmpty && value === '' ? null : value),
    onBlur: field.onBlur,
    error: fieldState.error?.message,
  };
}

/** A TextField bound to react-hook-form. */
export function ControlledTextField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  id,
  nullWhenEmpty,
  ...rest
}: Controlled<T, TOut, ComponentProps<typeof TextField>>) {
  const bound = useTextController({ control, name, id, nullWhenEmpty });
  return <TextField {...rest} {...bound} />;
}

/** A TextAreaField bound to react-hook-form. */
export function ControlledTextAreaField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  id,
  nullWhenEmpty,
  ...rest
}: Controlled<T, TOut, ComponentProps<typeof TextAreaField>>) {
  const bound = useTextController({ control, name, id, nullWhenEmpty });
  return <TextAreaField {...rest} {...bound} />;
}

/** A SelectField bound to react-hook-form. */
export function ControlledSelectField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  id,
  nullWhenEmpty,
  ...rest
}: Controlled<T, TOut, ComponentProps<typeof SelectField>>) {
  const bound = useTextController({ control, name, id, nullWhenEmpty });
  return <SelectField {...rest} {...bound} />;
}

/** A CheckboxField bound to react-hook-form (a boolean field, e.g. a confirmation the schema requires). */
export function ControlledCheckboxField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  id,
  ...rest
}: Omit<
  ComponentProps<typeof CheckboxField>,
  'id' | 'name' | 'checked' | 'onChange' | 'onBlur' | 'error' | 'ref'
> & {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  id?: string;
}) {
  const { field, fieldState } = useController<T, FieldPath<T>, TOut>({ control, name });
  return (
    <CheckboxField
      {...rest}
      id={id ?? name}
      name={name}
      ref={field.ref}
      checked={Boolean(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}

/**
 * A FileField bound to react-hook-form: the field holds the chosen File (or null). A file input cannot be
 * given a file, so when the form drops the file (a reset after an upload) while the input still shows
 * one, a fresh input replaces it.
 */
export function ControlledFileField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  id,
  onFile,
  ...rest
}: Omit<ComponentProps<typeof FileField>, 'id' | 'name' | 'onFile' | 'onBlur' | 'error' | 'ref'> & {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  id?: string;
  /** Called after the field took the file (e.g. for a preview). */
  onFile?: (file: File | null) => void;
}) {
  const { field, fieldState } = useController<T, FieldPath<T>, TOut>({ control, name });
  const input = useRef<HTMLInputElement | null>(null);
  const [generation, setGeneration] = useState(0);
  const empty = field.value == null;
  useEffect(() => {
    if (empty && input.current?.files?.length) setGeneration((g) => g + 1);
  }, [empty]);
  const { ref } = field;
  const bindRef = useCallback(
    (element: HTMLInputElement | null) => {
      input.current = element;
      ref(element);
    },
    [ref],
  );
  return (
    <FileField
      {...rest}
      key={generation}
      id={id ?? name}
      name={name}
      ref={bindRef}
      onFile={(file) => {
        field.onChange(file);
        onFile?.(file);
      }}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}

/** A CheckboxGroup bound to react-hook-form (the field holds the chosen options' ids). */
export function ControlledCheckboxGroup<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  ...rest
}: Omit<ComponentProps<typeof CheckboxGroup>, 'selected' | 'onChange' | 'error'> & {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
}) {
  const { field, fieldState } = useController<T, FieldPath<T>, TOut>({ control, name });
  return (
    <CheckboxGroup
      {...rest}
      selected={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      error={fieldState.error?.message}
    />
  );
}
