import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../src-preload/contract/errors.ts';
import { issue, type ValidationIssue } from './issues.ts';

/**
 * thumbnailPhoto: AD's rangeUpper is 102400 bytes, Exchange and Microsoft 365 recommend a 96x96
 * JPEG, and photos near the limit count towards Entra Connect's LargeObject errors. So every photo
 * the admin picks is re-encoded: square, 96x96, JPEG, no metadata (which also drops GPS data and
 * camera serials the admin did not mean to publish in the address book).
 */

export const THUMBNAIL_PHOTO_MAX_BYTES = 102400;
export const PHOTO_SIZE = 96;
/** Refused before decoding, so a hostile or mistaken file cannot exhaust memory. */
export const PHOTO_INPUT_MAX_BYTES = 20 * 1024 * 1024;
export const PHOTO_INPUT_MAX_DIMENSION = 10000;

export interface PreparedPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
}

const QUALITIES = [90, 80, 70, 60, 50, 40, 30, 20];

function invalid(message: string, details: Record<string, unknown> = {}, cause?: unknown): AppError {
  return new AppError('VALIDATION_FAILED', message, details, cause === undefined ? undefined : { cause });
}

export async function preparePhoto(bytes: Buffer): Promise<PreparedPhoto> {
  if (bytes.length === 0) throw invalid('The photo file is empty.');
  if (bytes.length > PHOTO_INPUT_MAX_BYTES) {
    throw invalid(
      `The photo file is ${(bytes.length / 1048576).toFixed(1)} MB; pick one under ${PHOTO_INPUT_MAX_BYTES / 1048576} MB.`,
      { bytes: bytes.length },
    );
  }
  // metadata() reads only the header: the real format (never the file extension) and the size.
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (cause) {
    throw invalid('The file is not a JPEG or PNG image.', {}, cause);
  }
  if (meta.format !== 'jpeg' && meta.format !== 'png') {
    throw invalid(`The file is not a JPEG or PNG image (it is ${meta.format.toUpperCase()}).`, {
      format: meta.format,
    });
  }
  if (meta.width > PHOTO_INPUT_MAX_DIMENSION || meta.height > PHOTO_INPUT_MAX_DIMENSION) {
    throw invalid(
      `The image is ${meta.width}x${meta.height} pixels; pick one at most ${PHOTO_INPUT_MAX_DIMENSION} pixels wide and high.`,
      { width: meta.width, height: meta.height },
    );
  }
  for (const quality of QUALITIES) {
    const jpeg = await encode(bytes, quality);
    if (jpeg.length <= THUMBNAIL_PHOTO_MAX_BYTES) return { jpeg, width: PHOTO_SIZE, height: PHOTO_SIZE };
  }
  throw invalid(`The photo could not be brought under ${THUMBNAIL_PHOTO_MAX_BYTES} bytes.`);
}

async function encode(bytes: Buffer, quality: number): Promise<Buffer> {
  try {
    return await sharp(bytes, {
      // Phone photos are stored sideways with an EXIF rotation; metadata is stripped below, so the
      // rotation must be applied to the pixels first.
      autoOrient: true,
      failOn: 'error',
      limitInputPixels: PHOTO_INPUT_MAX_DIMENSION * PHOTO_INPUT_MAX_DIMENSION,
    })
      // JPEG has no transparency: a transparent PNG would otherwise turn black.
      .flatten({ background: '#ffffff' })
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'cover', position: 'centre' })
      // No withMetadata(): sharp then strips EXIF, XMP and ICC and converts to sRGB.
      .jpeg({ quality, mozjpeg: true })
      .toBuffer();
  } catch (cause) {
    throw invalid('The image is damaged and could not be read.', {}, cause);
  }
}

/**
 * Checks a thumbnailPhoto value read from AD. Synchronous and header-only: it runs over whole
 * directories in the readiness check.
 */
export function validateStoredPhoto(bytes: Uint8Array): ValidationIssue[] {
  const field = 'thumbnailPhoto';
  const issues: ValidationIssue[] = [];
  if (bytes.length > THUMBNAIL_PHOTO_MAX_BYTES) {
    issues.push(
      issue(
        'warning',
        'photo-too-large',
        field,
        `The photo is ${bytes.length} bytes, over the ${THUMBNAIL_PHOTO_MAX_BYTES}-byte limit: Entra Connect reports a LargeObject error for this object. Replace it with a 96x96 JPEG.`,
      ),
    );
  }
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (bytes.length > 0 && !isJpeg) {
    issues.push(
      issue(
        'warning',
        'photo-not-jpeg',
        field,
        'The stored photo is not a JPEG; Outlook and Microsoft 365 may not show it. Replace it with a 96x96 JPEG.',
      ),
    );
  }
  return issues;
}
