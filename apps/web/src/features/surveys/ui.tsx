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
