import type { ReactNode } from 'react';

/** Makes a scrollable region reachable by keyboard (WCAG 2.1.1; axe "scrollable-region-focusable"). */
const KEYBOARD_SCROLLABLE = { tabIndex: 0 } as const;

/** A table wrapper that scrolls sideways on narrow screens; focusable and named for keyboard users. */
export function ScrollTable({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`kern-table-responsive app-scroll-region${className ? ` ${className}` : ''}`}
      aria-label={label}
      {...KEYBOARD_SCROLLABLE}
    >
      {children}
    </section>
  );
}
