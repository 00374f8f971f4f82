import type { CoreContext } from '../context';
import { loadPksReference } from '../pks/reference/load-pks-reference';

/**
 * Modules that load their own files from the reference directory (e.g. the PKS key catalogue and the
 * district tables) in the same transaction as the municipalities. A module adds its loader here.
 */
export type ReferenceExtension = (
  ctx: CoreContext,
  directory: string,
  tx: CoreContext['db'],
) => Promise<void>;

export const REFERENCE_EXTENSIONS: ReferenceExtension[] = [loadPksReference];
