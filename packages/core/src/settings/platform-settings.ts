/**
 * Platform settings an admin edits in the web app (page "Einstellungen"), stored in the `settings` table.
 * Each falls back to its environment variable (config.ts), so a deployment may fix it there instead.
 * Today: the public address printed in letters and QR codes (issue 9: without it, letters pointed to
 * localhost).
 */
import { settings } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { assertCan } from '../auth/authorize.ts';
import type { Actor, CoreContext } from '../context.ts';
import { plainText } from '../validation/plain-text';

const PUBLIC_URL_KEY = 'public_url';

export const ZPlatformSettingsUpdate = z.strictObject({
  publicUrl: plainText({ error: 'Bitte die öffentliche Adresse angeben.' })
    .trim()
    .max(300, { error: 'Die Adresse ist zu lang (höchstens 300 Zeichen).' })
    .refine((v) => v === '' || /^https?:\/\/[^\s/?#]+[^\s?#]*$/i.test(v), {
      error: 'Bitte eine vollständige Adresse mit https:// angeben, z. B. https://sicherheit.musterstadt.de.',
    })
    .nullable(),
});
export type TPlatformSettingsUpdate = z.infer<typeof ZPlatformSettingsUpdate>;

export interface PublicUrlSetting {
  /** The address in effect (without trailing slash), or null when none is configured. */
  readonly value: string | null;
  /** Where it comes from: the settings page, the environment (ASSKOMM_PUBLIC_URL), or nowhere. */
  readonly source: 'einstellung' | 'umgebung' | null;
  /** The environment's value, shown as the fallback. */
  readonly environment: string | null;
}

export interface PlatformSettings {
  readonly publicUrl: PublicUrlSetting;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** The public address in effect: the stored setting, else ASSKOMM_PUBLIC_URL, else null. */
export async function resolvePublicUrl(ctx: Pick<CoreContext, 'db' | 'config'>): Promise<PublicUrlSetting> {
  const [row] = await ctx.db.select().from(settings).where(eq(settings.key, PUBLIC_URL_KEY));
  const environment = ctx.config.ASSKOMM_PUBLIC_URL ? trimSlash(ctx.config.ASSKOMM_PUBLIC_URL) : null;
  if (row?.value) return { value: trimSlash(row.value), source: 'einstellung', environment };
  if (environment) return { value: environment, source: 'umgebung', environment };
  return { value: null, source: null, environment };
}

export async function getPlatformSettings(ctx: CoreContext, actor: Actor): Promise<PlatformSettings> {
  assertCan(actor, 'settings:manage');
  return { publicUrl: await resolvePublicUrl(ctx) };
}

/** Saves the settings (admin); an empty or null address removes the setting (the environment applies). */
export async function updatePlatformSettings(
  ctx: CoreContext,
  actor: Actor,
  update: TPlatformSettingsUpdate,
): Promise<PlatformSettings> {
  assertCan(actor, 'settings:manage');
  const value = update.publicUrl ? trimSlash(update.publicUrl) : null;
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(settings).where(eq(settings.key, PUBLIC_URL_KEY));
    if ((before?.value ?? null) === value) return;
    if (value === null) await tx.delete(settings).where(eq(settings.key, PUBLIC_URL_KEY));
    else {
      await tx
        .insert(settings)
        .values({ key: PUBLIC_URL_KEY, value })
        .onConflictDoUpdate({ target: settings.key, set: { value } });
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'settings',
      entityId: null,
      ags: null,
      detail: { publicUrl: { from: before?.value ?? null, to: value } },
    });
  });
  return { publicUrl: await resolvePublicUrl(ctx) };
}
