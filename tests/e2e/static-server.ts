import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static web server as the README's deployment section describes (`/a/b` served from
 * `a/b.html`, any other path from index.html), whose folder can be changed while it runs: a
 * deployment of a new version, for the browser tests of the service worker's updates.
 */
export type StaticServer = { url: string; serve: (dir: string) => void; close: () => Promise<void> };

function fileFor(root: string, pathname: string): string {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, path), join(root, `${path.replace(/\/$/, '')}.html`)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? join(root, 'index.html');
}

export async function startStaticServer(dir: string): Promise<StaticServer> {
  let root = dir;
  const server: Server = createServer((request, response) => {
    const file = fileFor(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
