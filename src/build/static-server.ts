/**
 * A small static server for dist/, used by `npm start`, the end-to-end tests and the bench.
 * It behaves like a well-configured static host: clean URLs ('/about/' serves
 * about/index.html), a real 404 status with the not-found page in the URL's language,
 * and the same security headers the build writes to dist/_headers.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { notFoundFileFor, parsePath } from '../app/paths';
import { SECURITY_HEADERS } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file under root, or undefined. Never escapes root. */
async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const candidate = resolve(root, safe);
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  if (pathname.endsWith('/')) {
    const index = join(candidate, 'index.html');
    return (await isFile(index)) ? index : undefined;
  }
  return (await isFile(candidate)) ? candidate : undefined;
}

export function startStaticServer(
  root: string,
  port: number,
  host = '127.0.0.1',
): Promise<StaticServer> {
  const dist = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
      let file: string | undefined;
      try {
        file = await resolveFile(dist, url.pathname);
      } catch {
        file = undefined;
      }
      // '/about' → '/about/', as static hosts do, so relative links and the cache agree.
      if (!file && !url.pathname.endsWith('/') && (await resolveFile(dist, `${url.pathname}/`))) {
        response.writeHead(301, { Location: `${url.pathname}/` }).end();
        return;
      }
      let status = 200;
      if (!file) {
        status = 404;
        file = join(dist, notFoundFileFor(parsePath(url.pathname).locale));
      }
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Hashed assets never change; everything else must be checked so fixes reach people.
      const cache = url.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': cache });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
