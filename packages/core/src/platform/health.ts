import { migrationState } from '@asskomm/db';
import type { CoreContext } from '../context';
import { VERSION } from './version';

export async function getHealth(ctx: CoreContext) {
  const migrations = await migrationState(ctx.db);
  return {
    status: 'ok' as const,
    version: VERSION,
    database: {
      kind: ctx.database.kind,
      migrations: migrations.current ? ('current' as const) : ('pending' as const),
      applied: migrations.applied,
      shipped: migrations.shipped,
    },
  };
}
