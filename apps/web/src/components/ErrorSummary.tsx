import { useEffect, useRef } from 'react';
import { Alert } from './Alert.tsx';

export interface SummaryError {
  /** id of the form field the message belongs to; null for a message about the whole form. */
  fieldId: string | null;
  message: string;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  /** Changes on every submit so the summary takes focus again. */
  attempt: number;
}

/** The list of problems at the top of a form (GOV.UK pattern); it takes focus after a failed submit. */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed attempt.
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length]);

  if (errors.length === 0) return null;
  return (
    <Alert
      type="danger"
      title={errors.length === 1 ? 'Es gibt ein Problem' : `Es gibt ${errors.length} Probleme`}
      ref={ref}
      tabIndex={-1}
      className="app-error-summary"
      headingLevel={2}
    >
      <ul className="kern-list app-error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? 'form'}-${error.message}`}>
            {error.fieldId ? (
              <a
                className="kern-link"
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.fieldId ?? '')?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              <span className="kern-body">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
