import type { ReactNode, Ref } from 'react';

export type AlertType = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  type: AlertType;
  title: string;
  children?: ReactNode;
  /** 'alert' for errors that appear after an action, 'status' for polite updates. */
  live?: 'alert' | 'status';
  /** Heading level of the title, if the alert starts a section; otherwise the title is a plain text line. */
  headingLevel?: 2 | 3;
  id?: string;
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
  className?: string;
}

export function Alert({
  type,
  title,
  children,
  live,
  headingLevel,
  id,
  ref,
  tabIndex,
  className,
}: AlertProps) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';
  return (
    <div
      className={`kern-alert kern-alert--${type} app-alert${className ? ` ${className}` : ''}`}
      role={live}
      id={id}
      ref={ref}
      tabIndex={tabIndex}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${type}`} aria-hidden="true" />
        <Title className="kern-title">{title}</Title>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
