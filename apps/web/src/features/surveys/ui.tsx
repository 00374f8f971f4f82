import type { WaveStatus } from '@asskomm/contracts';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Badge } from '../../components/Badge.tsx';
import { STATUS_BADGES, STATUS_LABELS } from './format.ts';

export function StatusBadge({ status, small }: { status: WaveStatus; small?: boolean }) {
  return (
    <Badge
      type={STATUS_BADGES[status]}
      label={STATUS_LABELS[status]}
      icon={false}
      srPrefix="Status:"
      small={small}
    />
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

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  rows?: number;
  disabled?: boolean;
}

export function TextArea({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  rows = 5,
  disabled,
}: TextAreaProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <textarea
        id={id}
        name={id}
        className={`kern-form-input__input app-textarea${error ? ' kern-form-input__input--error' : ''}`}
        rows={rows}
        value={value}
        disabled={disabled}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
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

interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  options: { id: string; label: string; description?: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  idPrefix: string;
  disabled?: boolean;
}

export function CheckboxGroup({
  legend,
  hint,
  options,
  selected,
  onChange,
  idPrefix,
  disabled,
}: CheckboxGroupProps) {
  const hintId = useId();
  return (
    <fieldset className="kern-fieldset" aria-describedby={hint ? hintId : undefined}>
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className="kern-fieldset__body">
        {options.map((option) => {
          const id = `${idPrefix}-${option.id}`;
          return (
            <div className="kern-form-check" key={option.id}>
              <input
                className="kern-form-check__checkbox"
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

/** Indeterminate progress for actions that take a few seconds (drawing a sample, making letters). */
export function Progress({ label }: { label: string }) {
  const id = useId();
  return (
    <div className="kern-progress app-progress" role="status">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <progress id={id} />
    </div>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation (native <dialog>: focus trap, Escape closes). */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="kern-dialog app-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {title}
        </h2>
      </header>
      <section className="kern-dialog__body">{children}</section>
      <footer className="kern-dialog__footer">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel} disabled={busy}>
          <span className="kern-label">Abbrechen</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={onConfirm} disabled={busy}>
          <span className="kern-label">{confirmLabel}</span>
        </button>
      </footer>
    </dialog>
  );
}

export { ScrollTable } from '../../components/ScrollTable.tsx';
