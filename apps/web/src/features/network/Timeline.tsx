import type { TimelineEntry } from '@asskomm/contracts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDate } from '../../lib/format.ts';
import { TIMELINE_LABELS } from './format.ts';

/** A municipality's way through the alliance, newest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0)
    return (
      <EmptyState title="Noch keine Einträge" headingLevel={3}>
        <p className="kern-body">
          Sobald eine Beratung, eine Kooperationsvereinbarung oder ein Coaching erfasst ist, erscheint es
          hier.
        </p>
      </EmptyState>
    );
  return (
    <ol className="app-timeline" aria-label="Zeitleiste, neueste zuerst">
      {entries.map((entry) => (
        <li
          key={`${entry.kind}-${entry.id ?? entry.date}`}
          className={`app-timeline__item app-timeline__item--${entry.kind}`}
          data-kind={entry.kind}
        >
          <p className="kern-body kern-body--small app-timeline__meta">
            <time dateTime={entry.date}>
              {entry.kind === 'coaching' ? entry.date.slice(0, 4) : formatDate(entry.date)}
            </time>
            {' · '}
            {TIMELINE_LABELS[entry.kind]}
          </p>
          <p className="kern-body kern-body--bold">{entry.title}</p>
          {entry.detail ? <p className="kern-body">{entry.detail}</p> : null}
        </li>
      ))}
    </ol>
  );
}
