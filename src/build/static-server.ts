/**
 * A small static server for dist/, used by `npm start`, the end-to-end tests and the bench.
 * It behaves like a well-configured static host: clean URLs ('/about/' serves
 * about/index.html), a real 404 status with the not-found page in the URL's language,
 * the same security headers the build writes to dist/_headers, and brotli or gzip for text,
 * as every static host and CDN sends (measuring uncompressed pages would misstate speed).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** The encoding to send, from the request's Accept-Encoding: brotli, then gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const offered = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, quality]) => !/^\s*q=0(\.0*)?\s*$/.test(quality ?? ''))
    .map(([name]) => name?.trim().toLowerCase());
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return undefined;
}

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
  // Each version of a file is compressed once per encoding. The version is its change time
  // and size, so a file replaced while the server runs (a new release) is never served stale.
  const compressed = new Map<string, Buffer>();
  const compress = async (file: string, body: Buffer, encoding: 'br' | 'gzip') => {
    const { mtimeMs, size } = await stat(file);
    const key = `${encoding}:${file}:${mtimeMs}:${size}`;
    let result = compressed.get(key);
    if (!result) {
      result =
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
          : gzipSync(body, { level: 9 });
      compressed.set(key, result);
    }
    return result;
  };
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
      let body: Buffer = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Hashed assets never change; everything else must be checked so fixes reach people.
      const cache = url.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': cache };
      const encoding = COMPRESSIBLE.has(extname(file))
        ? chooseEncoding(request.headers['accept-encoding'])
        : undefined;
      if (COMPRESSIBLE.has(extname(file))) headers.Vary = 'Accept-Encoding';
      if (encoding) {
        body = await compress(file, body, encoding);
        headers['Content-Encoding'] = encoding;
      }
      headers['Content-Length'] = String(body.length);
      response.writeHead(status, headers);
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
