import type { ReactNode } from 'react';

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
  maxLength?: number;
}

/** A multi-line text field in the markup of components/FormField.tsx (label, hint, error, described-by). */
export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  onBlur,
  hint,
  error,
  optional,
  rows = 5,
  maxLength,
}: TextAreaFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
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
      <textarea
        id={id}
        name={id}
        rows={rows}
        maxLength={maxLength}
        className={`kern-form-input__input app-textarea${error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error ? <FieldError id={id} message={error} /> : null}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="kern-error" id={`${id}-error`}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">
        <span className="kern-sr-only">Fehler: </span>
        {message}
      </span>
    </p>
  );
}

/** A coordinate as Germans write it, to the metre (six decimals). */
export function formatCoordinate(value: number): string {
  return value.toLocaleString('de-DE', { maximumFractionDigits: 6 });
}
