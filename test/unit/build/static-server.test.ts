// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  chooseEncoding,
  startStaticServer,
  type StaticServer,
} from '../../../src/build/static-server';

let server: StaticServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'waymark-dist-'));
  for (const [path, text] of Object.entries({
    'index.html': 'home',
    'about/index.html': 'about',
    '404.html': 'not found',
    'cy/404.html': 'dim',
    'big.html': 'Waymark '.repeat(2000),
  })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, '..', 'secret.txt'), 'secret');
  server = await startStaticServer(root, 0);
});

afterAll(() => server.close());

describe('startStaticServer', () => {
  it('serves clean URLs with the security headers', async () => {
    const response = await fetch(`${server.url}/about/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('about');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('redirects a path without its trailing slash', async () => {
    const response = await fetch(`${server.url}/about`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/');
  });

  it('answers unknown pages with a 404 in the language of the URL', async () => {
    const english = await fetch(`${server.url}/nope/`);
    expect(english.status).toBe(404);
    expect(await english.text()).toBe('not found');
    const welsh = await fetch(`${server.url}/cy/nope/`);
    expect(await welsh.text()).toBe('dim');
  });

  it('never serves a file outside its folder', async () => {
    const response = await fetch(`${server.url}/%2e%2e/secret.txt`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toBe('secret');
  });

  it('sends brotli or gzip when the browser accepts it, as a real host does', async () => {
    const original = 'Waymark '.repeat(2000);
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const { headers, body } = await rawGet(`${server.url}/big.html`, accept);
      expect(headers['content-encoding']).toBe(encoding);
      expect(headers.vary).toBe('Accept-Encoding');
      expect(body.length).toBeLessThan(original.length / 10);
      expect(decode(body).toString('utf8')).toBe(original);
    }
    // A file replaced while the server runs (a new release) is sent as it now is.
    writeFileSync(join(root, 'big.html'), 'Release two '.repeat(500));
    const replaced = await rawGet(`${server.url}/big.html`, 'gzip');
    expect(gunzipSync(replaced.body).toString('utf8')).toBe('Release two '.repeat(500));
    writeFileSync(join(root, 'big.html'), original);
    const plain = await rawGet(`${server.url}/big.html`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(original);
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});

/** A GET with a chosen Accept-Encoding, body left as sent (fetch would decode it). */
function rawGet(url: string, acceptEncoding: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}
