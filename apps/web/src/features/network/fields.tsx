import type { ChangeEvent, ReactNode } from 'react';

interface ShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

function Shell({ id, label, hint, error, optional, children }: ShellProps) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
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
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">
            <span className="kern-sr-only">Fehler: </span>
            {error}
          </span>
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  rows?: number;
}

export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  onBlur,
  hint,
  error,
  optional,
  rows = 4,
}: TextAreaFieldProps) {
  return (
    <Shell id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`kern-form-input__input app-textarea${error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onValueChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Shell>
  );
}

interface FileFieldProps {
  id: string;
  label: string;
  accept: string;
  onFile: (file: File | null) => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

export function FileField({ id, label, accept, onFile, hint, error, optional }: FileFieldProps) {
  return (
    <Shell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        name={id}
        type="file"
        accept={accept}
        className="kern-form-input__input app-file"
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Shell>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <div className="kern-form-check">
      <input
        id={id}
        name={id}
        type="checkbox"
        className="kern-form-check__checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}
