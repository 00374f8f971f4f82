import { districts, municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../context';
import { AppError } from '../../errors';
import { SAXONY_AGS, SAXONY_NAME } from '../constants';

export type PksAreaKind = 'gemeinde' | 'kreis' | 'land';

export interface PksArea {
  ags: string;
  kind: PksAreaKind;
  name: string;
  isDemo: boolean;
  /** The district of a municipality (null for districts and Saxony). */
  district: { ags: string; name: string; kreisTyp: string | null; isDemo: boolean } | null;
  /** Kreisfreie Stadt / Landkreis for districts. */
  kreisTyp: string | null;
}

/** 8 digits: a municipality; 5: a district; `14`: Saxony. Unknown codes are NOT_FOUND. */
export async function resolvePksArea(ctx: CoreContext, ags: string): Promise<PksArea> {
  if (ags === SAXONY_AGS)
    return { ags, kind: 'land', name: SAXONY_NAME, isDemo: false, district: null, kreisTyp: null };
  if (/^\d{8}$/.test(ags)) {
    const [row] = await ctx.db
      .select({
        name: municipalities.name,
        isDemo: municipalities.isDemo,
        kreis: districts.kreisSchluessel,
        kreisName: districts.name,
        kreisTyp: districts.kreisTyp,
        kreisDemo: districts.isDemo,
      })
      .from(municipalities)
      .innerJoin(districts, eq(districts.kreisSchluessel, municipalities.kreisSchluessel))
      .where(eq(municipalities.ags, ags));
    if (!row) throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${ags}.` });
    return {
      ags,
      kind: 'gemeinde',
      name: row.name,
      isDemo: row.isDemo,
      district: { ags: row.kreis, name: row.kreisName, kreisTyp: row.kreisTyp, isDemo: row.kreisDemo },
      kreisTyp: null,
    };
  }
  if (/^\d{5}$/.test(ags)) {
    const [row] = await ctx.db.select().from(districts).where(eq(districts.kreisSchluessel, ags));
    if (!row) throw new AppError('NOT_FOUND', { userMessage: `Keinen Kreis mit dem Schlüssel ${ags}.` });
    return { ags, kind: 'kreis', name: row.name, isDemo: row.isDemo, district: null, kreisTyp: row.kreisTyp };
  }
  throw new AppError('VALIDATION_FAILED', {
    userMessage: 'Die AGS hat 8 Ziffern (Kommune), 5 Ziffern (Kreis) oder lautet 14 (Sachsen).',
    fields: { ags: 'AGS mit 8 oder 5 Ziffern oder 14' },
  });
}
