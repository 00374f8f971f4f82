import type { ApiError } from '../lib/api-client.ts';
import { Alert } from './Alert.tsx';

interface ErrorMessageProps {
  error: ApiError;
  title?: string;
  onRetry?: () => void;
}

export function ErrorMessage({
  error,
  title = 'Die Daten konnten nicht geladen werden',
  onRetry,
}: ErrorMessageProps) {
  return (
    <Alert type="danger" title={title} live="alert">
      <p className="kern-body">{error.message}</p>
      {onRetry ? (
        <div>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
            <span className="kern-label">Erneut versuchen</span>
          </button>
        </div>
      ) : null}
    </Alert>
  );
}
