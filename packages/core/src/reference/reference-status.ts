import { referenceDatasets } from '@asskomm/db';
import type { CoreContext } from '../context';
import { findReferenceDir } from './find-reference-dir';

export interface ReferenceStatus {
  loaded: boolean;
  directory: string | null;
  datasets: { id: string; title: string; rows: number; loadedAt: string }[];
  hint: string | null;
}

export async function getReferenceStatus(ctx: CoreContext): Promise<ReferenceStatus> {
  const rows = await ctx.db.select().from(referenceDatasets).orderBy(referenceDatasets.id);
  const loaded = rows.some((r) => r.id === 'gemeinden');
  const directory = findReferenceDir(ctx.config.ASSKOMM_REFERENCE_DIR);
  return {
    loaded,
    directory,
    datasets: rows.map((r) => ({
      id: r.id,
      title: r.title,
      rows: r.rows,
      loadedAt: r.loadedAt.toISOString(),
    })),
    hint: loaded
      ? null
      : 'Die Referenzdaten (418 Gemeinden, Kreise, Grenzen) sind nicht geladen. Laden Sie sie mit: npx asskomm reference load VERZEICHNIS (das Verzeichnis mit sachsen_gemeinden_gv100ad_2025-11-30.csv usw.).',
  };
}
