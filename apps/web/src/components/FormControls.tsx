import type { ComponentProps } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { SelectField, TextAreaField, TextField } from './FormField.tsx';

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
