import { pgTable, text } from 'drizzle-orm/pg-core';

/** Platform-wide values generated once (e.g. the server secret when ASSKOMM_SECRET is unset). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
