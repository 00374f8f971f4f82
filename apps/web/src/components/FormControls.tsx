import type { ReactNode } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { TextField } from './FormField.tsx';

interface ControlledTextFieldProps<T extends FieldValues, TOut extends FieldValues> {
  /** The form's control; forms whose schema transforms values (TOut) fit as well. */
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  /** The input's id; the error summary links to it, so it defaults to the field's name. */
  id?: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  type?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  width?: 'full' | 'medium' | 'small';
  autoComplete?: string;
  /** Bounds of a date or number input (what the browser's picker offers; the schema checks). */
  min?: string;
  max?: string;
}

/**
 * A TextField bound to react-hook-form: value, change, blur and the field's error message (from the
 * shared zod schema or from the server, see lib/form-errors.ts) come from the form.
 */
export function ControlledTextField<T extends FieldValues, TOut extends FieldValues = T>({
  control,
  name,
  id,
  ...rest
}: ControlledTextFieldProps<T, TOut>) {
  const { field, fieldState } = useController<T, FieldPath<T>, TOut>({ control, name });
  return (
    <TextField
      {...rest}
      id={id ?? name}
      name={name}
      value={(field.value as string | null | undefined) ?? ''}
      onValueChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
}
