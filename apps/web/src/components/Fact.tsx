import type { ReactNode } from 'react';

/** One entry of a KERN description list (`<dl className="kern-description-list">`). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}
