import { parentPort, workerData } from 'node:worker_threads';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../src-preload/contract/errors.ts';
import {
  PHOTO_INPUT_MAX_DIMENSION,
  PHOTO_SIZE,
  THUMBNAIL_PHOTO_MAX_BYTES,
  type PhotoJob,
  type PhotoReply,
} from './photo-job.ts';

/**
 * The decoder: libvips parses untrusted files here, in a worker the main thread can terminate,
 * never in the main process's own thread. See preparePhoto in photo.ts for the limits around it.
 */

// libvips allocates outside the V8 heap, so the worker's resourceLimits do not bound it: no
// operation cache kept between pipelines, one libvips thread (the pixel limit is set per pipeline).
sharp.cache(false);
sharp.concurrency(1);

const QUALITIES = [90, 80, 70, 60, 50, 40, 30, 20];
const MAX_PIXELS = PHOTO_INPUT_MAX_DIMENSION * PHOTO_INPUT_MAX_DIMENSION;

function invalid(message: string, details: Record<string, unknown> = {}, cause?: unknown): AppError {
  return new AppError('VALIDATION_FAILED', message, details, cause === undefined ? undefined : { cause });
}

async function prepare(bytes: Buffer, timeoutSeconds: number): Promise<Buffer> {
  // metadata() reads only the header: the real format (never the file extension) and the size.
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
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
    const jpeg = await encode(bytes, quality, timeoutSeconds);
    if (jpeg.length <= THUMBNAIL_PHOTO_MAX_BYTES) return jpeg;
  }
  throw invalid(`The photo could not be brought under ${THUMBNAIL_PHOTO_MAX_BYTES} bytes.`);
}

async function encode(bytes: Buffer, quality: number, timeoutSeconds: number): Promise<Buffer> {
  try {
    return await sharp(bytes, {
      // Phone photos are stored sideways with an EXIF rotation; metadata is stripped below, so the
      // rotation must be applied to the pixels first.
      autoOrient: true,
      failOn: 'error',
      limitInputPixels: MAX_PIXELS,
    })
      // JPEG has no transparency: a transparent PNG would otherwise turn black.
      .flatten({ background: '#ffffff' })
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'cover', position: 'centre' })
      // No withMetadata(): sharp then strips EXIF, XMP and ICC and converts to sRGB.
      .jpeg({ quality, mozjpeg: true })
      // Terminating the worker stops its JavaScript, not a libvips call already running on the
      // thread pool: libvips' own timeout ends that call soon after.
      .timeout({ seconds: timeoutSeconds })
      .toBuffer();
  } catch (cause) {
    throw invalid('The image is damaged and could not be read.', {}, cause);
  }
}

function reply(message: PhotoReply): void {
  parentPort?.postMessage(message);
}

const job = workerData as PhotoJob;
// A second later than the main thread's limit, so the main thread's clearer message wins.
const timeoutSeconds = Math.ceil(job.timeoutMs / 1000) + 1;
try {
  const input = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  reply({ ok: true, jpeg: await prepare(input, timeoutSeconds) });
} catch (error) {
  const app = error instanceof AppError ? error : invalid('The image could not be read.', {}, error);
  const cause = app.cause instanceof Error ? app.cause.message : undefined;
  reply(cause === undefined ? { ok: false, error: app.toInfo() } : { ok: false, error: app.toInfo(), cause });
}
