// The multipart body of POST /upload/image: the `image` file (at most `maxBytes`) and the text
// fields, read with busboy.
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { HttpError } from '../http/respond.ts';

export interface UploadForm {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly fields: Readonly<Record<string, string>>;
}

export function readUpload(req: IncomingMessage, maxBytes: number): Promise<UploadForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Keep the name as sent, so that one with folders or ".." is refused rather than cut.
        preservePath: true,
        limits: { files: 1, fields: 20, fieldSize: 4096, fileSize: maxBytes },
      });
    } catch {
      reject(new HttpError(400, 'Send the image as multipart/form-data.'));
      return;
    }
    const fields: Record<string, string> = {};
    let file: { name: string; bytes: Buffer } | undefined;
    let failure: HttpError | undefined;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'image') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        failure = new HttpError(413, `The image is larger than ${maxBytes} bytes.`);
      });
      stream.on('end', () => {
        file = { name: info.filename ?? '', bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => reject(new HttpError(400, 'The multipart body is malformed.')));
    parser.on('close', () => {
      if (failure) reject(failure);
      else if (!file) reject(new HttpError(400, 'No file in the "image" field.'));
      else resolve({ fileName: file.name, bytes: file.bytes, fields });
    });
    req.pipe(parser);
  });
}
