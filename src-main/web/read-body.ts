import type { IncomingMessage } from 'node:http';

/** Photos travel as base64 inside JSON, so the cap leaves room for a large source image. */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError('Request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}
