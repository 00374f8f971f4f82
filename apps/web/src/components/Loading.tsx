interface LoadingProps {
  label?: string;
}

export function Loading({ label = 'Daten werden geladen …' }: LoadingProps) {
  return (
    <div className="app-loading" role="status">
      <span className="kern-loader kern-loader--visible app-loading__spinner" aria-hidden="true" />
      <span className="kern-body">{label}</span>
    </div>
  );
}
