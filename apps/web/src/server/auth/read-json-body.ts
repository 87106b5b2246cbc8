// Reads a small JSON request body; refuses oversized or malformed ones with a message.
import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  override readonly name = 'BodyError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function readJsonBody(req: IncomingMessage, limitBytes = 16_384): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes)
      throw new BodyError(`The request body is over ${limitBytes} bytes.`, 413);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text === '' ? '{}' : text) as unknown;
  } catch {
    throw new BodyError('The request body is not valid JSON.', 400);
  }
}
