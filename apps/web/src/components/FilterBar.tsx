import type { FormEvent, ReactNode } from 'react';

interface FilterBarProps {
  /** Names the search landmark, e.g. "Mitglieder filtern". */
  label: string;
  /** For filters applied with a button; without it, the fields filter as they change. */
  onSubmit?: () => void;
  className?: string;
  children: ReactNode;
}

/** Search and filter fields above a list (a `search` landmark; Enter never reloads the page). */
export function FilterBar({ label, onSubmit, className, children }: FilterBarProps) {
  return (
    <search aria-label={label}>
      <form
        className={`app-filter__form${className ? ` ${className}` : ''}`}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit?.();
        }}
      >
        {children}
      </form>
    </search>
  );
}

/** How many entries the list shows; screen readers hear it when a filter changes it. */
export function ResultCount({ children }: { children: ReactNode }) {
  return (
    <p className="kern-body app-result-status" role="status">
      {children}
    </p>
  );
}
