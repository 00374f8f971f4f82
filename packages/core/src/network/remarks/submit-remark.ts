import { randomBytes } from 'node:crypto';
import { remarkCategory, type TRemarkInput, ZRemarkInput } from '@asskomm/contracts';
import { remarkRoutes, remarks } from '@asskomm/db';
import { and, eq } from 'drizzle-orm';
import type { CoreContext } from '../../context';
import { AppError } from '../../errors';
import { parseInput } from '../../parse-input';
import { removeStoredFile, storeFile } from '../file-store';
import { requireMunicipality } from '../municipality-exists';
import { processRemarkPhoto } from './process-photo';

export interface SubmittedRemark {
  publicId: string;
  token: string;
  agencyResponsible: string;
  requestedAt: Date;
}

// Public ids avoid 0/O and 1/I/L so they can be read out on the phone.
const ID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function randomId(length: number): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const b of bytes) id += ID_ALPHABET[b % ID_ALPHABET.length];
  return id;
}

/** Which body handles this category here: the municipality's own routing, else the platform default. */
export async function responsibleBody(
  ctx: Pick<CoreContext, 'db'>,
  ags: string,
  category: string,
): Promise<string> {
  const [route] = await ctx.db
    .select({ body: remarkRoutes.body })
    .from(remarkRoutes)
    .where(and(eq(remarkRoutes.ags, ags), eq(remarkRoutes.category, category)));
  return route?.body ?? remarkCategory(category)?.body ?? 'Ordnungsamt';
}

/**
 * Stores a remark from the public (web form or Open311) and routes it. The photo, if any, is stripped of
 * its metadata before anything is written, and is published only after staff approval. The remark is
 * committed before the caller answers, so every acknowledged remark is stored.
 */
export async function submitRemark(
  ctx: CoreContext,
  input: TRemarkInput,
  options: { photo?: { bytes: Buffer; name: string }; requireLocation?: boolean } = {},
): Promise<SubmittedRemark> {
  const remark = parseInput(ZRemarkInput, input);
  if (options.requireLocation && remark.lat == null && !remark.addressString)
    throw new AppError('VALIDATION_FAILED', {
      fields: { location: 'Bitte geben Sie einen Ort an: Koordinaten (lat/long) oder eine Adresse.' },
    });
  await requireMunicipality(ctx, remark.ags);
  const photo = options.photo ? await processRemarkPhoto(options.photo.bytes, options.photo.name) : null;
  const stored = photo
    ? await storeFile(ctx, 'remarks', {
        bytes: photo,
        name: 'foto.jpg',
        type: 'image/jpeg',
        extension: 'jpg',
      })
    : null;
  try {
    const agencyResponsible = await responsibleBody(ctx, remark.ags, remark.category);
    const year = new Date().getFullYear();
    const [row] = await ctx.db
      .insert(remarks)
      .values({
        publicId: `${year}-${randomId(8)}`,
        token: randomId(24),
        ags: remark.ags,
        category: remark.category,
        description: remark.description,
        lat: remark.lat,
        long: remark.long,
        addressString: remark.addressString,
        reporterKind: remark.reporterKind,
        reporterEmail: remark.email,
        reporterFirstName: remark.firstName,
        reporterLastName: remark.lastName,
        reporterPhone: remark.phone,
        mediaUrl: remark.mediaUrl,
        photo: stored,
        agencyResponsible,
      })
      .returning();
    return { publicId: row!.publicId, token: row!.token, agencyResponsible, requestedAt: row!.requestedAt };
  } catch (error) {
    if (stored) await removeStoredFile(ctx, stored);
    throw error;
  }
}
