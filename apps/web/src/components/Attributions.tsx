import { api } from '../lib/api-client.ts';
import type { Attribution } from '../lib/api-types.ts';
import { useResource } from '../lib/use-resource.ts';

const bkgUrl = 'https://www.bkg.bund.de';

/** The BKG licence requires the boundary attribution to link to www.bkg.bund.de on web pages. */
export function attributionUrl(item: Attribution): string | null {
  if (item.url) return item.url;
  if (/BKG|GeoBasis/i.test(item.text)) return bkgUrl;
  return null;
}

export function isBoundaryAttribution(item: Attribution): boolean {
  return /BKG|GeoBasis|VG\s?5000|VG250/i.test(`${item.id} ${item.title} ${item.text}`);
}

function linkLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function useAttributions() {
  return useResource('attributions', (signal) => api.attributions(signal), { cache: true });
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
  /** Only the attributions for which this returns true (default: all). */
  filter?: (item: Attribution) => boolean;
  className?: string;
}

/** Small print under a table or map that names the data sources shown there. */
export function AttributionNote({ filter, className }: AttributionNoteProps) {
  const { data } = useAttributions();
  const items = (data?.items ?? []).filter((item) => (filter ? filter(item) : true));
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
