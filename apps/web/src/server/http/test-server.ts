// The server's own API routes on 127.0.0.1 (a free port), without Next.js, for route tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApiRequest } from '../api-routes.ts';
import type { TrpcContext } from '../trpc/context.ts';

export interface ApiTestServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startApiServer(context: TrpcContext): Promise<ApiTestServer> {
  const http = createServer((req, res) => {
    handleApiRequest(req, res, context)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404);
          res.end();
        }
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => http.close((e) => (e ? reject(e) : resolve()))),
  };
}
