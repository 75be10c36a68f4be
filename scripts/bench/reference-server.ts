import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** The plain HTML form the bench measures beside the app's pages (decision record 0013). */
export const PLAIN_REFERENCE = 'scripts/bench/plain-reference.html';

export type ReferenceServer = { url: string; stop: () => Promise<void> };

/**
 * Serves the plain HTML reference form at `/`, gzipped as `vite preview` serves the app's pages,
 * on a port of its own; anything else is a 404 (the page asks for nothing else).
 */
export async function startReferenceServer(file = PLAIN_REFERENCE): Promise<ReferenceServer> {
  const html = readFileSync(file);
  const gzipped = gzipSync(html);
  const server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/') {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipped : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
