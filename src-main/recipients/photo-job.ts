import type { ErrorInfo } from '../../src-preload/contract/errors.ts';

/**
 * What the main thread (photo.ts) and the decoder (photo-worker.ts) share: the thumbnailPhoto
 * limits (from the shared rules, pure) and the shape of the messages between them, so the worker
 * loads no main-process code through this file.
 */

export {
  PHOTO_INPUT_MAX_BYTES,
  PHOTO_INPUT_MAX_DIMENSION,
  PHOTO_SIZE,
  THUMBNAIL_PHOTO_MAX_BYTES,
} from '../../src-preload/shared/recipients/photo-rules.ts';

/** workerData of one decoder worker: one photo per worker, so a bad file cannot affect the next. */
export interface PhotoJob {
  bytes: Uint8Array;
  /** The main thread's limit; the worker derives libvips' own timeout from it. */
  timeoutMs: number;
}

/** The worker's one message. Errors travel as ErrorInfo: an AppError loses its class when cloned. */
export type PhotoReply = { ok: true; jpeg: Uint8Array } | { ok: false; error: ErrorInfo; cause?: string };
