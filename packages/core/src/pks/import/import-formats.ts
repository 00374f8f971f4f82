// Kept free of runtime imports: the command line lists the formats in its help without loading the importers.
import type { PksFormat } from '@asskomm/importers';

/** Every file the PKS import takes: the three PKS formats and population series. */
export type PksImportFormat = PksFormat | 'bevoelkerung';
export const PKS_IMPORT_FORMATS = ['bka-kreise', 'kreise-csv', 'gemeinde', 'bevoelkerung'] as const;
