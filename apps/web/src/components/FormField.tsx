/**
 * The app's form fields in KERN UX markup. Each field has a label, an optional hint and an error
 * message; the input points at hint and error with aria-describedby and carries aria-invalid, and its
 * id is the one the ErrorSummary links to. FormControls.tsx binds them to react-hook-form.
 */
import {
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

/** What every field takes besides its value. */
interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
}

function FieldShell({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div
      className={`kern-form-input${error ? ' kern-form-input--error' : ''}${className ? ` ${className}` : ''}`}
    >
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – optional</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {children}
      {error ? <FieldError id={id} message={error} /> : null}
    </div>
  );
}

/** A field's error message (id `<field>-error`), for fields built by hand such as a photo or a map pick. */
export function FieldError({ id, message, className }: { id: string; message: string; className?: string }) {
  return (
    <p className={`kern-error${className ? ` ${className}` : ''}`} id={`${id}-error`}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">
        <span className="kern-sr-only">Fehler: </span>
        {message}
      </span>
    </p>
  );
}

/** The ids of a field's hint and error, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * Splits a field's props into those of its shell (label, hint, error) and the element's own attributes,
 * and gives what every input, text area and select carries: id, name and the links to hint and error.
 */
function splitField<P extends FieldProps & { name?: string }>(props: P) {
  const { id, label, hint, error, optional, className, ...attributes } = props;
  return {
    shell: { id, label, hint, error, optional, className },
    attributes,
    control: {
      id,
      name: attributes.name ?? id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(id, hint, error),
    },
  };
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

interface TextFieldProps extends InputAttributes, FieldProps {
  value: string;
  onValueChange: (value: string) => void;
  width?: 'full' | 'medium' | 'small';
}

export function TextField({ value, onValueChange, width = 'full', type = 'text', ...props }: TextFieldProps) {
  const { shell, attributes, control } = splitField(props);
  const widthClass =
    width === 'small'
      ? ' kern-form-input__input--width-2'
      : width === 'medium'
        ? ' kern-form-input__input--width-4'
        : '';
  return (
    <FieldShell {...shell}>
      <input
        {...attributes}
        {...control}
        type={type}
        className={`kern-form-input__input${widthClass}${shell.error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value)}
      />
    </FieldShell>
  );
}

type TextAreaAttributes = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'className'
>;

interface TextAreaFieldProps extends TextAreaAttributes, FieldProps {
  value: string;
  onValueChange: (value: string) => void;
}

export function TextAreaField({ value, onValueChange, rows = 5, ...props }: TextAreaFieldProps) {
  const { shell, attributes, control } = splitField(props);
  return (
    <FieldShell {...shell}>
      <textarea
        {...attributes}
        {...control}
        rows={rows}
        className={`kern-form-input__input app-textarea${shell.error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onValueChange(event.target.value)}
      />
    </FieldShell>
  );
}

type SelectAttributes = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'value' | 'onChange' | 'className'
>;

interface SelectFieldProps extends SelectAttributes, FieldProps {
  value: string;
  onValueChange: (value: string) => void;
  options: { value: string; label: string }[];
}

export function SelectField({ value, onValueChange, options, ...props }: SelectFieldProps) {
  const { shell, attributes, control } = splitField(props);
  return (
    <FieldShell {...shell}>
      <div className="kern-form-input__select-wrapper">
        <select
          {...attributes}
          {...control}
          className={`kern-form-input__select${shell.error ? ' kern-form-input__select--error' : ''}`}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldShell>
  );
}

interface FileFieldProps extends FieldProps {
  accept: string;
  onFile: (file: File | null) => void;
  name?: string;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
}

/** A file input; the file itself stays with the caller (ControlledFileField keeps it in react-hook-form). */
export function FileField({ accept, onFile, onBlur, ref, ...props }: FileFieldProps) {
  const { shell, control } = splitField(props);
  return (
    <FieldShell {...shell}>
      <input
        {...control}
        ref={ref}
        type="file"
        accept={accept}
        className={`kern-form-input__input app-file${shell.error ? ' kern-form-input__input--error' : ''}`}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        onBlur={onBlur}
      />
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  disabled?: boolean;
  /** A box that must be ticked (a confirmation) says so here; the error summary links to the box. */
  error?: string;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
}

/** One checkbox with its label: a yes/no setting, or a confirmation with its error message. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  name,
  disabled,
  error,
  onBlur,
  ref,
}: CheckboxFieldProps) {
  return (
    <>
      <div className={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
        <input
          ref={ref}
          id={id}
          name={name ?? id}
          type="checkbox"
          className={`kern-form-check__checkbox${error ? ' kern-form-check__checkbox--error' : ''}`}
          checked={checked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, undefined, error)}
          onChange={(event) => onChange(event.target.checked)}
          onBlur={onBlur}
        />
        <label className="kern-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {/* Below the box, not inside its two-column grid; a fragment keeps the box mounted (and focused). */}
      {error ? <FieldError id={id} message={error} /> : null}
    </>
  );
}

interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  options: { id: string; label: string; description?: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Each box's id is `<idPrefix>-<option id>`. */
  idPrefix: string;
  disabled?: boolean;
  /** E.g. none chosen where one is needed; its id is `<idPrefix>-error`. */
  error?: string;
}

/** Several checkboxes under one legend; the value is the list of the chosen options' ids. */
export function CheckboxGroup({
  legend,
  hint,
  options,
  selected,
  onChange,
  idPrefix,
  disabled,
  error,
}: CheckboxGroupProps) {
  const hintId = useId();
  const described = [hint ? hintId : null, error ? `${idPrefix}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={described || undefined}
    >
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={idPrefix} message={error} /> : null}
      <div className="kern-fieldset__body">
        {options.map((option) => {
          const id = `${idPrefix}-${option.id}`;
          return (
            <div className="kern-form-check" key={option.id}>
              <input
                className={`kern-form-check__checkbox${error ? ' kern-form-check__checkbox--error' : ''}`}
                type="checkbox"
                id={id}
                checked={selected.includes(option.id)}
                disabled={disabled}
                onChange={(event) =>
                  onChange(
                    event.target.checked ? [...selected, option.id] : selected.filter((s) => s !== option.id),
                  )
                }
              />
              <label className="kern-label" htmlFor={id}>
                {option.label}
                {option.description ? (
                  <span className="app-check-description"> – {option.description}</span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
