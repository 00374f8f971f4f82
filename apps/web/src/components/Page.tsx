import { type ReactNode, useEffect, useRef } from 'react';

let firstPage = true;

interface PageProps {
  /** The page's single h1. */
  title: ReactNode;
  /** The browser tab title (defaults to the h1 when that is a string). */
  documentTitle?: string;
  /** Shown next to the h1 (badges). */
  titleAddon?: ReactNode;
  /** Above the h1 (breadcrumbs). */
  before?: ReactNode;
  /** Short introduction below the h1. */
  lead?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * Frame of every page: sets the document title and, after an in-app navigation, moves the focus to the h1
 * so screen reader users hear where they are.
 */
export function Page({ title, documentTitle, titleAddon, before, lead, children, className }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : undefined);

  useEffect(() => {
    if (tabTitle) document.title = `${tabTitle} – ASSKomm`;
  }, [tabTitle]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className={`app-page${className ? ` ${className}` : ''}`}>
      {before}
      <div className="app-page__title">
        <h1 className="kern-heading-large" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {titleAddon}
      </div>
      {lead ? <div className="kern-body kern-body--large app-page__lead">{lead}</div> : null}
      {children}
    </div>
  );
}
