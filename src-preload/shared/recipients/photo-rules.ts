import { issue, type ValidationIssue } from './issues.ts';

/**
 * thumbnailPhoto limits, as both sides need them: the Photo tab refuses an oversized value before
 * Apply, main re-checks it, and the decoder (src-main/recipients/photo.ts) resizes to PHOTO_SIZE.
 * AD's rangeUpper is 102400 bytes, Exchange and Microsoft 365 recommend a 96x96 JPEG, and photos
 * near the limit count towards Entra Connect's LargeObject errors.
 */
export const THUMBNAIL_PHOTO_MAX_BYTES = 102400;
export const PHOTO_SIZE = 96;
/** Refused before decoding, so a hostile or mistaken file cannot exhaust memory. */
export const PHOTO_INPUT_MAX_BYTES = 20 * 1024 * 1024;
export const PHOTO_INPUT_MAX_DIMENSION = 10000;

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
