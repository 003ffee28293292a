/**
 * The rest of the internet, as the browser contracts see it: an HTTP proxy every engine is
 * pointed at. Requests for another origin (the quick exit's neutral site, the page the user
 * was on before) reach a local HTTPS stand-in with a throwaway certificate, which answers
 * with small pages and writes down every request, with its Referer header. That log is how
 * the contracts prove, in every engine alike, that the app asks nothing of any other origin
 * and that leaving sends no referrer. Requests to the app on 127.0.0.1 pass straight through.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_DESTINATIONS } from '../../src/features/quick-exit/exit-destination';

export const BEFORE_URL = 'https://before.example/';
export const EXIT_URL: string = EXIT_DESTINATIONS.weather;
const EXIT_URLS = Object.values(EXIT_DESTINATIONS).filter((url) => url.startsWith('https:'));

export interface OutsideRequest {
  url: string;
  referer: string | undefined;
}

export interface OutsideWorld {
  /** host:port of the proxy, for the engines' proxy settings. */
  proxy: string;
  requests: OutsideRequest[];
  close(): Promise<void>;
}

/** A self-signed certificate made for this run only (the engines are told to accept it). */
function throwawayCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-outside-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=outside.test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

const isLoopback = (host: string) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host);

export async function startOutsideWorld(): Promise<OutsideWorld> {
  const requests: OutsideRequest[] = [];
  const sockets = new Set<Socket>();
  const standIn = createHttpsServer(throwawayCertificate(), (request, response) => {
    const url = `https://${request.headers.host ?? ''}${request.url ?? '/'}`;
    requests.push({ url, referer: request.headers.referer });
    const page = (title: string, heading: string) =>
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(`<!doctype html><title>${title}</title><h1>${heading}</h1>`);
    if (EXIT_URLS.some((exit) => url.startsWith(exit))) page('Weather', 'Weather forecast');
    else if (url === BEFORE_URL) page('Search', 'Search results');
    else response.writeHead(404).end();
  });
  const standInPort = await listen(standIn);

  const proxy = createHttpServer((request, response) => {
    // Plain http through the proxy: pass the app's own requests on; refuse the rest.
    const target = new URL(request.url ?? '/');
    if (!isLoopback(target.host)) {
      requests.push({ url: target.href, referer: request.headers.referer });
      response.writeHead(404).end();
      return;
    }
    const onward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: request.method,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    onward.on('error', () => response.writeHead(502).end());
    request.pipe(onward);
  });
  proxy.on('connect', (_request, client: Socket, head: Buffer) => {
    // Every HTTPS origin is answered by the stand-in, whose certificate the engines accept.
    const onward = connect(standInPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      onward.write(head);
      onward.pipe(client);
      client.pipe(onward);
    });
    for (const socket of [client, onward]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const proxyPort = await listen(proxy);

  return {
    proxy: `127.0.0.1:${proxyPort}`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      standIn.closeAllConnections();
      await Promise.all([
        new Promise((done) => proxy.close(done)),
        new Promise((done) => standIn.close(done)),
      ]);
    },
  };
}
