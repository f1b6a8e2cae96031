import type { ErrorInfo } from '../../src-preload/contract/errors.ts';

/**
 * What the main thread (photo.ts) and the decoder (photo-worker.ts) share: the thumbnailPhoto
 * limits and the shape of the messages between them. Type imports only, so the worker loads no
 * main-process code through this file.
 *
 * AD's rangeUpper is 102400 bytes, Exchange and Microsoft 365 recommend a 96x96 JPEG, and photos
 * near the limit count towards Entra Connect's LargeObject errors.
 */

export const THUMBNAIL_PHOTO_MAX_BYTES = 102400;
export const PHOTO_SIZE = 96;
/** Refused before decoding, so a hostile or mistaken file cannot exhaust memory. */
export const PHOTO_INPUT_MAX_BYTES = 20 * 1024 * 1024;
export const PHOTO_INPUT_MAX_DIMENSION = 10000;

/** workerData of one decoder worker: one photo per worker, so a bad file cannot affect the next. */
export interface PhotoJob {
  bytes: Uint8Array;
  /** The main thread's limit; the worker derives libvips' own timeout from it. */
  timeoutMs: number;
}

/** The worker's one message. Errors travel as ErrorInfo: an AppError loses its class when cloned. */
export type PhotoReply = { ok: true; jpeg: Uint8Array } | { ok: false; error: ErrorInfo; cause?: string };
