/** `npm start` (after the build): serves dist/ at http://localhost:4173. */
import { resolve } from 'node:path';
import { startStaticServer } from './static-server';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const server = await startStaticServer(resolve(import.meta.dirname, '../../dist'), port, host);
console.log(
  `Waymark is running at ${server.url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C to stop)`,
);
