import type { ConsultationView } from '@asskomm/contracts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate } from '../../lib/format.ts';

export function ConsultationList({ consultations }: { consultations: ConsultationView[] }) {
  if (consultations.length === 0)
    return (
      <EmptyState title="Noch keine Beratungen" headingLevel={3}>
        <p className="kern-body">Die erste Beratung durch den Landespräventionsrat erscheint hier.</p>
      </EmptyState>
    );
  return (
    <ul className="app-network-list">
      {consultations.map((c) => (
        <li key={c.id} className="app-network-list__item" data-consultation={c.id}>
          <p className="kern-body kern-body--bold">
            {formatDate(c.heldOn)}: {c.topic}
          </p>
          <p className="kern-body">Beratung durch {c.advisor}</p>
          {c.notes ? <p className="kern-body app-pre-line">{c.notes}</p> : null}
          {c.followUps.length > 0 ? (
            <ul className="kern-list">
              {c.followUps.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: follow-ups have no id; their order is stable.
                <li key={i} className="kern-body">
                  {f.done ? '✓ ' : ''}
                  {f.text}
                  {f.dueOn ? ` (bis ${formatDate(f.dueOn)})` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
