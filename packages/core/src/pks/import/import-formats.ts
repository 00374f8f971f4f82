// Kept free of heavy imports: the command line lists the formats in its help without loading the importers.
// The formats are part of the API contract (the zod-free module of @asskomm/contracts).
import { PKS_IMPORT_FORMATS } from '@asskomm/contracts/domain';

export { PKS_IMPORT_FORMATS };

/** Every file the PKS import takes: the three PKS formats and population series. */
export type PksImportFormat = (typeof PKS_IMPORT_FORMATS)[number];
