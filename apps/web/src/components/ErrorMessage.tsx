import type { ApiError } from '../lib/api-client.ts';
import { Alert } from './Alert.tsx';

interface ErrorMessageProps {
  error: ApiError;
  title?: string;
  onRetry?: () => void;
}

/** Only failures of the network or the server can go away by trying again; 4xx answers will not. */
function isRetryable(error: ApiError): boolean {
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export function ErrorMessage({
  error,
  title = 'Die Daten konnten nicht geladen werden',
  onRetry,
}: ErrorMessageProps) {
  const retryable = isRetryable(error);
  return (
    <Alert type="danger" title={title} live="alert">
      <p className="kern-body">{error.message}</p>
      {onRetry && retryable ? (
        <div>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
            <span className="kern-label">Erneut versuchen</span>
          </button>
        </div>
      ) : null}
    </Alert>
  );
}
