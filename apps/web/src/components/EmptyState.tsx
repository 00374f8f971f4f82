import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  headingLevel?: 2 | 3;
}

export function EmptyState({ title, children, headingLevel = 2 }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="kern-card kern-card--surface app-empty">
      <div className="kern-card__container">
        <div className="kern-card__body">
          <Heading className="kern-heading-small">{title}</Heading>
          {children}
        </div>
      </div>
    </div>
  );
}
