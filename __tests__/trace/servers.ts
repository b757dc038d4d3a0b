/**
 * Real servers on 127.0.0.1 for the tests of `httpexplain URL`: HTTP and HTTPS (with the certificate of
 * __tests__/fixtures/tls), and raw TCP servers that answer with bytes no well-behaved server would send. Never the
 * internet. Each server records the requests it got, and closes every connection it still holds when closed.
 */
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const tlsDir = join(__dirname, '../fixtures/tls');
export const TLS = {
  ca: readFileSync(join(tlsDir, 'ca.pem')),
  cert: readFileSync(join(tlsDir, 'cert.pem')),
  key: readFileSync(join(tlsDir, 'key.pem')),
  caFile: join(tlsDir, 'ca.pem'),
};

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What a route answers: a status with headers (and a reason phrase), or a function that answers itself. */
export type Route =
  | { status: number; headers?: Record<string, string | string[]>; reason?: string; body?: string }
  | ((request: http.IncomingMessage, response: http.ServerResponse, body: string) => void);

export interface TestServer {
  port: number;
  /** "http://127.0.0.1:PORT" */
  origin: string;
  url(path: string): string;
  requests: Recorded[];
  /** the most requests this server was handling at once */
  maxConcurrent: number;
  close(): Promise<void>;
}

function closer(server: net.Server, sockets: Set<net.Socket>) {
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

function listening(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** An HTTP (or, with `tls`, HTTPS) server answering each path from `routes`; 404 for the others. */
export async function startServer(routes: Record<string, Route>, options: { tls?: boolean } = {}): Promise<TestServer> {
  const requests: Recorded[] = [];
  let active = 0;
  const state = { maxConcurrent: 0 };
  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    active++;
    state.maxConcurrent = Math.max(state.maxConcurrent, active);
    response.on('close', () => active--);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      requests.push({ method: request.method ?? '', path, headers: request.headers, body });
      const route = routes[path.split('?')[0]] ?? { status: 404 };
      if (typeof route === 'function') return route(request, response, body);
      if (route.reason !== undefined) response.writeHead(route.status, route.reason, route.headers ?? {});
      else response.writeHead(route.status, route.headers ?? {});
      response.end(route.body ?? '');
    });
  };
  const server = options.tls ? https.createServer({ cert: TLS.cert, key: TLS.key }, handler) : http.createServer(handler);
  const close = closer(server, new Set());
  const port = await listening(server);
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    port,
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    close,
  };
}

/** A TCP server that hands each connection to `onConnection`: for answers no HTTP server library would write. */
/**
 * The servers of a test file, each closed when the test that started it ends: `serve` starts one on 127.0.0.1, `keep`
 * takes one started otherwise (a raw server).
 */
export function serversPerTest() {
  const open: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  const keep = <T extends TestServer>(server: T): T => {
    open.push(server);
    return server;
  };
  return {
    keep,
    serve: async (routes: Record<string, Route>, options: { tls?: boolean } = {}) => keep(await startServer(routes, options)),
  };
}

export async function startRawServer(onConnection: (socket: net.Socket) => void): Promise<TestServer> {
  const server = net.createServer(onConnection);
  const close = closer(server, new Set());
  const port = await listening(server);
  const origin = `http://127.0.0.1:${port}`;
  return { port, origin, url: (path) => `${origin}${path}`, requests: [], maxConcurrent: 0, close };
}

/** A raw server that answers the first bytes of each request with `response`, then closes. */
export function rawResponse(response: string | Buffer): Promise<TestServer> {
  return startRawServer((socket) => {
    socket.once('data', () => socket.end(response));
    socket.on('error', () => undefined);
  });
}

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listening(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
