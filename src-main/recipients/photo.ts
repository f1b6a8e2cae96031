import { Worker } from 'node:worker_threads';
import { AppError } from '../../src-preload/contract/errors.ts';
import { PHOTO_INPUT_MAX_BYTES, PHOTO_SIZE, type PhotoJob, type PhotoReply } from './photo-job.ts';

export {
  PHOTO_INPUT_MAX_BYTES,
  PHOTO_INPUT_MAX_DIMENSION,
  PHOTO_SIZE,
  THUMBNAIL_PHOTO_MAX_BYTES,
} from './photo-job.ts';
export { validateStoredPhoto } from '../../src-preload/shared/recipients/photo-rules.ts';

/**
 * thumbnailPhoto: every photo the admin picks is re-encoded: square, 96x96, JPEG, no metadata
 * (which also drops GPS data and camera serials the admin did not mean to publish in the address
 * book). See photo-job.ts for the limits.
 *
 * The file is untrusted and libvips is a large C library, so decoding happens in photo-worker.ts,
 * in a worker thread with its own heap limit and a deadline, never in this (privileged) thread:
 * this module must not import sharp.
 */

export interface PreparedPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
}

export interface PreparePhotoOptions {
  /** How long one decode may take before its worker is terminated. */
  timeoutMs?: number;
}

export const PHOTO_DECODE_TIMEOUT_MS = 10_000;

/**
 * V8 heap of the decoder. libvips' pixel buffers live outside it and are bounded in the worker
 * instead (limitInputPixels, no cache, one thread); this catches runaway JavaScript.
 */
const DECODER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

/**
 * Resolved next to this file: photo-worker.ts when running from source (Node type stripping,
 * vitest); in the electron-vite bundle, the worker-url plugin in electron.vite.config.ts rewrites
 * this to the emitted worker chunk.
 */
const WORKER_URL = new URL('./photo-worker.ts', import.meta.url);

function invalid(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION_FAILED', message, details);
}

export async function preparePhoto(bytes: Buffer, options: PreparePhotoOptions = {}): Promise<PreparedPhoto> {
  if (bytes.length === 0) throw invalid('The photo file is empty.');
  if (bytes.length > PHOTO_INPUT_MAX_BYTES) {
    throw invalid(
      `The photo file is ${(bytes.length / 1048576).toFixed(1)} MB; pick one under ${PHOTO_INPUT_MAX_BYTES / 1048576} MB.`,
      { bytes: bytes.length },
    );
  }
  const reply = await oneAtATime(() => decodeInWorker(bytes, options.timeoutMs ?? PHOTO_DECODE_TIMEOUT_MS));
  if (!reply.ok) {
    const { code, message, details } = reply.error;
    throw new AppError(
      code,
      message,
      details,
      reply.cause === undefined ? undefined : { cause: new Error(reply.cause) },
    );
  }
  const jpeg = Buffer.from(reply.jpeg.buffer, reply.jpeg.byteOffset, reply.jpeg.byteLength);
  return { jpeg, width: PHOTO_SIZE, height: PHOTO_SIZE };
}

// One decoder at a time bounds the memory the renderer can make main spend, however many calls.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function decodeInWorker(bytes: Buffer, timeoutMs: number): Promise<PhotoReply> {
  return new Promise((resolve, reject) => {
    // A copy of exactly these bytes (a Buffer may be a view of a larger pool), moved, not cloned.
    const copy = new Uint8Array(bytes);
    const job: PhotoJob = { bytes: copy, timeoutMs };
    const worker = new Worker(WORKER_URL, {
      workerData: job,
      transferList: [copy.buffer],
      resourceLimits: DECODER_LIMITS,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Also after a reply: the worker has nothing left to do, and must not linger.
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(
          invalid(
            `The image took too long to decode (over ${timeoutMs / 1000} s) and was abandoned; pick a smaller or simpler image.`,
            { timeoutMs },
          ),
        ),
      );
    }, timeoutMs);
    worker.once('message', (reply: PhotoReply) => settle(() => resolve(reply)));
    worker.once('error', (error) => settle(() => reject(decoderFailure(error))));
    worker.once('exit', (exitCode) =>
      settle(() =>
        reject(new AppError('INTERNAL', `The photo decoder stopped unexpectedly (exit code ${exitCode}).`)),
      ),
    );
  });
}

function decoderFailure(error: Error): AppError {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return invalid('The image needs too much memory to decode; pick a smaller image.');
  }
  return new AppError('INTERNAL', `The photo decoder failed: ${error.message}`, {}, { cause: error });
}
