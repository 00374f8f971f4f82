import { PHOTO_MAX_BYTES } from '@asskomm/contracts';
import { AppError } from '../../errors';

// Largest photo accepted: a shared rule in contracts, so the web form checks it before uploading.
export { PHOTO_MAX_BYTES };

/** The edge length a photo is scaled down to. */
const PHOTO_MAX_EDGE = 1600;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff']);

/**
 * Decodes an uploaded photo and re-encodes it as JPEG without any metadata: EXIF (GPS position, camera,
 * time), XMP, IPTC and ICC profiles are dropped because sharp writes none unless asked to
 * (https://sharp.pixelplumbing.com/api-output#keepmetadata). The orientation is applied to the pixels
 * first, so the photo still stands upright. Anything that does not decode as an image is refused.
 */
export async function processRemarkPhoto(bytes: Buffer, name: string): Promise<Buffer> {
  if (bytes.length > PHOTO_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      userMessage: `Das Foto „${name}“ ist größer als ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`,
    });
  // Loaded on first use: the native image library is not needed to start the server.
  const { default: sharp } = await import('sharp');
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: 50_000_000 }).metadata()).format;
  } catch {
    format = undefined;
  }
  if (!format || !ACCEPTED_FORMATS.has(format))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      userMessage: `„${name}“ ist kein Foto. Erlaubt sind Bilder im Format JPEG, PNG, WebP, GIF, AVIF oder HEIC.`,
    });
  try {
    return await sharp(bytes, { limitInputPixels: 50_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: PHOTO_MAX_EDGE, height: PHOTO_MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch (cause) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      userMessage: `Das Foto „${name}“ ist beschädigt und kann nicht gelesen werden.`,
      cause,
    });
  }
}
