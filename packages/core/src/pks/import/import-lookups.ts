import { districts, municipalities, pksOffenceKeys } from '@asskomm/db';
import type { CoreContext } from '../../context';
import { AppError } from '../../errors';
import { SAXONY_AGS } from '../constants';

/** What the importers check keys and AGS against: the loaded catalogue and area lists. */
export interface ImportLookups {
  catalogue: Set<string>;
  gemeinden: Set<string>;
  kreise: Set<string>;
  /** Every AGS of any level (population files mix levels). */
  anyArea: Set<string>;
}

export async function loadImportLookups(db: CoreContext['db']): Promise<ImportLookups> {
  const keys = await db.select({ key: pksOffenceKeys.key }).from(pksOffenceKeys);
  if (keys.length === 0) {
    throw new AppError('REFERENCE_DATA_MISSING', {
      userMessage:
        'Der PKS-Schlüsselkatalog ist nicht geladen, daher können keine PKS-Dateien geprüft werden. Laden Sie die Referenzdaten: asskomm reference load VERZEICHNIS (mit pks_straftatenschluessel_bka_zeitreihe_2023.csv).',
    });
  }
  const gemeinden = new Set(
    (await db.select({ ags: municipalities.ags }).from(municipalities)).map((r) => r.ags),
  );
  const kreise = new Set((await db.select({ k: districts.kreisSchluessel }).from(districts)).map((r) => r.k));
  return {
    catalogue: new Set(keys.map((k) => k.key)),
    gemeinden,
    kreise,
    anyArea: new Set([...gemeinden, ...kreise, SAXONY_AGS]),
  };
}
