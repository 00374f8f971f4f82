import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters of rate limits that all server instances must share (login attempts): one row per
 * route and client, the key a keyed hash of the IP address (the address itself is never stored).
 * Left out of backups; expired rows are pruned as new ones come.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
});
