import {
  KENNZAHL_KEYS,
  type Kennzahlen,
  type KennzahlenYear,
  type KennzahlKey,
  type KennzahlRecords,
} from '@asskomm/contracts';
import { assertCan } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { berlinDate } from '../surveys/waves/berlin-date';
import { type FigureRecord, figureRecords } from './kennzahl-records';

/** A figure's value: distinct count keys, or the sum of cents for the grants. */
function value(figure: KennzahlKey, records: FigureRecord[]): number {
  if (figure === 'foerdermittel_bewilligt_cent') return records.reduce((sum, r) => sum + (r.cent ?? 0), 0);
  return new Set(records.map((r) => r.countKey)).size;
}

/**
 * The key figures ("Zahlen, Daten, Fakten"), computed from the records (rules in contracts/kennzahlen.ts).
 * Public: no personal data goes in or out, only counts and sums.
 */
export async function computeKennzahlen(
  ctx: CoreContext,
  options: { includeDemo: boolean },
): Promise<Kennzahlen> {
  const records = new Map<KennzahlKey, FigureRecord[] | null>();
  for (const figure of KENNZAHL_KEYS)
    records.set(figure, await figureRecords(ctx, figure, options.includeDemo));
  const total = (figure: KennzahlKey) => {
    const list = records.get(figure);
    return list ? value(figure, list) : null;
  };
  const years = [
    ...new Set(
      [...records.values()].flatMap((list) =>
        (list ?? []).map((r) => r.jahr).filter((y): y is number => y != null),
      ),
    ),
  ].sort((a, b) => a - b);
  const inYear = (figure: KennzahlKey, jahr: number) => {
    const list = records.get(figure);
    return list
      ? value(
          figure,
          list.filter((r) => r.jahr === jahr),
        )
      : null;
  };
  const jeJahr: KennzahlenYear[] = years.map((jahr) => ({
    jahr,
    kommunen_beraten: inYear('kommunen_beraten', jahr)!,
    kooperationsvereinbarungen: inYear('kooperationsvereinbarungen', jahr)!,
    praeventionsraete: inYear('praeventionsraete', jahr)!,
    foerdermittel_bewilligt_cent: inYear('foerdermittel_bewilligt_cent', jahr),
    kommunen_gecoacht: inYear('kommunen_gecoacht', jahr)!,
    fachkraefte_qualifiziert: inYear('fachkraefte_qualifiziert', jahr)!,
    sicherheitsanalysen: inYear('sicherheitsanalysen', jahr)!,
  }));
  return {
    stand: berlinDate(),
    demodaten: options.includeDemo,
    kommunen_beraten: total('kommunen_beraten')!,
    kooperationsvereinbarungen: total('kooperationsvereinbarungen')!,
    praeventionsraete: total('praeventionsraete')!,
    foerdermittel_bewilligt_cent: total('foerdermittel_bewilligt_cent'),
    kommunen_gecoacht: {
      gesamt: total('kommunen_gecoacht')!,
      je_jahr: jeJahr
        .filter((y) => y.kommunen_gecoacht > 0)
        .map((y) => ({ jahr: y.jahr, anzahl: y.kommunen_gecoacht })),
    },
    fachkraefte_qualifiziert: total('fachkraefte_qualifiziert')!,
    sicherheitsanalysen: total('sicherheitsanalysen')!,
    je_jahr: jeJahr,
  };
}

const TTL_MS = 30_000;
const cache = new WeakMap<CoreContext, Map<boolean, { at: number; value: Kennzahlen }>>();

/**
 * The public figures, kept for 30 seconds per process so a busy public page does not query the database on
 * every visit. Writes through this process's API clear it (`invalidateKennzahlen`); another instance's
 * writes show within the 30 seconds.
 */
export async function cachedKennzahlen(
  ctx: CoreContext,
  options: { includeDemo: boolean },
): Promise<Kennzahlen> {
  const entries = cache.get(ctx) ?? new Map<boolean, { at: number; value: Kennzahlen }>();
  cache.set(ctx, entries);
  const hit = entries.get(options.includeDemo);
  if (hit && Date.now() - hit.at < TTL_MS && hit.value.stand === berlinDate()) return hit.value;
  const value = await computeKennzahlen(ctx, options);
  entries.set(options.includeDemo, { at: Date.now(), value });
  return value;
}

export function invalidateKennzahlen(ctx: CoreContext): void {
  cache.delete(ctx);
}

/** The records behind a figure for the staff dashboard: municipality, year, description; no names of people. */
export async function listKennzahlRecords(
  ctx: CoreContext,
  actor: Actor,
  figure: KennzahlKey,
  options: { includeDemo: boolean },
): Promise<KennzahlRecords> {
  assertCan(actor, 'kennzahlen:read');
  const list = (await figureRecords(ctx, figure, options.includeDemo)) ?? [];
  const items = list
    .map(({ countKey: _key, ...r }) => r)
    .sort((a, b) => (b.datum ?? String(b.jahr ?? '')).localeCompare(a.datum ?? String(a.jahr ?? '')));
  return { figure, items };
}
