import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import {
  PHOTO_INPUT_MAX_BYTES,
  preparePhoto,
  THUMBNAIL_PHOTO_MAX_BYTES,
  validateStoredPhoto,
} from './photo.ts';

type Rgb = { r: number; g: number; b: number };
const solid = (width: number, height: number, colour: Rgb, alpha = 1) =>
  sharp({ create: { width, height, channels: 4, background: { ...colour, alpha } } });

async function expectRejected(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('VALIDATION_FAILED');
  expect((error as AppError).message).toMatch(message);
}

async function describeJpeg(jpeg: Buffer) {
  return sharp(jpeg).metadata();
}

describe('preparePhoto', () => {
  it('turns a transparent PNG into a 96x96 JPEG on white', async () => {
    const png = await solid(300, 200, { r: 0, g: 0, b: 0 }, 0).png().toBuffer();
    const photo = await preparePhoto(png);
    expect(photo).toMatchObject({ width: 96, height: 96 });
    const meta = await describeJpeg(photo.jpeg);
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 96, 96]);
    const { dominant } = await sharp(photo.jpeg).stats();
    expect(dominant.r).toBeGreaterThan(240);
  });

  it('brings a large, noisy JPEG under the thumbnailPhoto limit', async () => {
    const width = 3000;
    const height = 2000;
    const noise = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(THUMBNAIL_PHOTO_MAX_BYTES * 10);
    const photo = await preparePhoto(noise);
    expect(photo.jpeg.length).toBeLessThanOrEqual(THUMBNAIL_PHOTO_MAX_BYTES);
    expect((await describeJpeg(photo.jpeg)).width).toBe(96);
  });

  it('crops a wide image to its centre', async () => {
    // 400x100: red edges, a blue 100x100 square in the middle; only blue must survive.
    const blue = await solid(100, 100, { r: 0, g: 0, b: 255 }).png().toBuffer();
    const wide = await solid(400, 100, { r: 255, g: 0, b: 0 })
      .composite([{ input: blue, left: 150, top: 0 }])
      .png()
      .toBuffer();
    const photo = await preparePhoto(wide);
    const { channels } = await sharp(photo.jpeg).stats();
    expect(channels[0]?.max).toBeLessThan(60); // no red anywhere, even at the edges
    expect(channels[2]?.mean).toBeGreaterThan(200);
  });

  it('strips metadata such as EXIF', async () => {
    const withExif = await solid(200, 200, { r: 10, g: 120, b: 10 })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Secret Camera 1' } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const photo = await preparePhoto(withExif);
    const meta = await describeJpeg(photo.jpeg);
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(photo.jpeg.includes('Secret Camera')).toBe(false);
  });

  it('rejects random bytes and other formats by content, not name', async () => {
    await expectRejected(preparePhoto(randomBytes(4096)), /not a JPEG or PNG image/);
    const gif = await solid(50, 50, { r: 1, g: 2, b: 3 }).gif().toBuffer();
    await expectRejected(preparePhoto(gif), /not a JPEG or PNG image \(it is GIF\)/);
    const webp = await solid(50, 50, { r: 1, g: 2, b: 3 }).webp().toBuffer();
    await expectRejected(preparePhoto(webp), /not a JPEG or PNG/);
    await expectRejected(preparePhoto(Buffer.alloc(0)), /empty/);
  });

  it('rejects absurd inputs before decoding', async () => {
    await expectRejected(preparePhoto(Buffer.alloc(PHOTO_INPUT_MAX_BYTES + 1)), /MB/);
    const tall = await solid(1, 10001, { r: 0, g: 0, b: 0 }).png().toBuffer();
    await expectRejected(preparePhoto(tall), /1x10001 pixels/);
  });

  it('rejects a truncated JPEG as damaged', async () => {
    const jpeg = await sharp(randomBytes(400 * 400 * 3), { raw: { width: 400, height: 400, channels: 3 } })
      .jpeg()
      .toBuffer();
    await expectRejected(preparePhoto(jpeg.subarray(0, Math.floor(jpeg.length / 2))), /damaged/);
  });
});

describe('preparePhoto isolation', () => {
  it('terminates a decode that exceeds the time limit, and the next photo still works', async () => {
    // 25 megapixels that compress to almost nothing: the shape of a decompression bomb.
    const large = await solid(5000, 5000, { r: 200, g: 20, b: 30 }).png().toBuffer();
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const started = Date.now();
      await expectRejected(preparePhoto(large, { timeoutMs: 20 }), /took too long to decode/);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(terminate).toHaveBeenCalledTimes(1);
      // terminate() resolves with an exit code once the thread is really gone (which code depends
      // on how far the worker had started).
      expect(await terminate.mock.results[0]?.value).toEqual(expect.any(Number));
    } finally {
      terminate.mockRestore();
    }
    const photo = await preparePhoto(await solid(50, 50, { r: 1, g: 2, b: 3 }).png().toBuffer());
    expect(photo.width).toBe(96);
  });

  it('never loads sharp into the calling thread, only into the worker', async () => {
    // A fresh Node process (this one already has sharp, for the fixtures): it records every module
    // its main thread resolves while importing photo.ts and preparing a photo from source.
    const script = `
      import { registerHooks } from 'node:module';
      import { isMainThread } from 'node:worker_threads';
      const resolved = [];
      registerHooks({ resolve(specifier, context, next) {
        if (isMainThread) resolved.push(specifier);
        return next(specifier, context);
      } });
      const { preparePhoto } = await import(process.env.PHOTO_MODULE);
      const photo = await preparePhoto(Buffer.from(process.env.PHOTO_PNG, 'base64'));
      console.log(JSON.stringify({ resolved, bytes: photo.jpeg.length }));
    `;
    // A file, not --eval: workers inherit execArgv, and --input-type would break the decoder's.
    const dir = await mkdtemp(join(tmpdir(), 'photo-thread-'));
    const file = join(dir, 'probe.mjs');
    await writeFile(file, script);
    const png = await solid(40, 30, { r: 0, g: 99, b: 0 }).png().toBuffer();
    const { stdout } = await promisify(execFile)(process.execPath, [file], {
      env: {
        ...process.env,
        PHOTO_MODULE: new URL('./photo.ts', import.meta.url).href,
        PHOTO_PNG: png.toString('base64'),
      },
    }).finally(() => rm(dir, { recursive: true, force: true }));
    const { resolved, bytes } = JSON.parse(stdout) as { resolved: string[]; bytes: number };
    expect(bytes).toBeGreaterThan(0);
    expect(resolved.filter((specifier) => specifier.includes('sharp'))).toEqual([]);
    expect(resolved).toContain('./photo-job.ts'); // the hook did see photo.ts's own imports
  });
});

describe('validateStoredPhoto', () => {
  it('accepts a normal JPEG thumbnail', async () => {
    const photo = await preparePhoto(await solid(120, 120, { r: 9, g: 9, b: 9 }).png().toBuffer());
    expect(validateStoredPhoto(photo.jpeg)).toEqual([]);
  });

  it('warns about an oversized value (LargeObject) and a non-JPEG one', async () => {
    const big = Buffer.alloc(THUMBNAIL_PHOTO_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(validateStoredPhoto(big)).toEqual([
      expect.objectContaining({ code: 'photo-too-large', severity: 'warning' }),
    ]);
    expect(validateStoredPhoto(big)[0]?.message).toContain('LargeObject');
    const png = await solid(10, 10, { r: 0, g: 0, b: 0 }).png().toBuffer();
    expect(validateStoredPhoto(png).map((i) => i.code)).toEqual(['photo-not-jpeg']);
  });
});
