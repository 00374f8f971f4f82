import type { Attribution } from '@asskomm/contracts';
import { api } from '../lib/api-client.ts';
import { queryKeys, useApiQuery } from '../lib/query.ts';

const bkgUrl = 'https://www.bkg.bund.de';

/** The BKG licence requires the boundary attribution to link to www.bkg.bund.de on web pages. */
export function attributionUrl(item: Attribution): string | null {
  if (item.url) return item.url;
  if (/BKG|GeoBasis/i.test(item.text)) return bkgUrl;
  return null;
}

function linkLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function useAttributions() {
  return useApiQuery(queryKeys.attributions, (signal) => api.attributions(signal), { staleTime: Infinity });
}

interface AttributionTextProps {
  item: Attribution;
}

export function AttributionText({ item }: AttributionTextProps) {
  const url = attributionUrl(item);
  return (
    <>
      {item.text}
      {url ? (
        <>
          {' '}
          <a className="kern-link" href={url} rel="noopener noreferrer">
            {linkLabel(url)}
            <span className="kern-sr-only"> (externe Seite: {item.title})</span>
          </a>
        </>
      ) : null}
    </>
  );
}

interface AttributionNoteProps {
  /** Only these attributions (ids of GET /api/attributions); all when none of them is known. */
  ids?: string[];
  className?: string;
}

/** Attributions of the municipality data: the GV100AD list and the BKG boundaries. */
export const municipalityAttributionIds = ['gemeinden', 'grenzen'];

/** Small print under a table or map that names the data sources shown there. */
export function AttributionNote({ ids, className }: AttributionNoteProps) {
  const { data } = useAttributions();
  const all = data?.items ?? [];
  const selected = ids ? all.filter((item) => ids.includes(item.id)) : [];
  const items = selected.length > 0 ? selected : all;
  if (items.length === 0) return null;
  return (
    <div className={`app-attribution${className ? ` ${className}` : ''}`}>
      {items.map((item) => (
        <p key={item.id} className="kern-body kern-body--small">
          <AttributionText item={item} />
        </p>
      ))}
    </div>
  );
}
