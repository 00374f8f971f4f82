/**
 * A transaction on the driver itself, for the public form's hot path (one submission per request, ≥ 1,500
 * per second): with node-postgres, statements are named (prepared once per connection, so PostgreSQL
 * parses and plans them once); with PGlite, its own transaction. Plain parameterised SQL, $1…$n.
 */
import type { Database } from '@asskomm/db';
import { AppError } from '../../errors.ts';

export type RawQuery = <T>(name: string, text: string, values: unknown[]) => Promise<T[]>;

export async function rawTransaction<T>(database: Database, fn: (query: RawQuery) => Promise<T>): Promise<T> {
  if (database.pool) {
    const client = await database.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('begin');
      const result = await fn(
        async <R>(name: string, text: string, values: unknown[]) =>
          (await client.query({ name, text, values })).rows as R[],
      );
      await client.query('commit');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped from the pool rather than reused.
      await client.query('rollback').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
  if (database.pglite) {
    return database.pglite.transaction((tx) =>
      fn(async <R>(_name: string, text: string, values: unknown[]) => (await tx.query<R>(text, values)).rows),
    );
  }
  throw new AppError('INTERNAL', { internal: 'database without a driver' });
}
