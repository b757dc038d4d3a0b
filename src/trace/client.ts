/**
 * The HTTP client of `httpexplain URL`: Node's own node:http and node:https, loaded on the first request only, so
 * that code lookups never pay for them. One connection per request (no agent, no keep-alive, no cookie jar); the
 * response's head is read, its body is not: the connection is closed as soon as the head has arrived.
 */
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { HttpFailure, type HopRequest, type HopResponse, type HttpClient, type NetworkFailure } from './types';

export interface NodeClientOptions {
  /** certificates to trust besides the system's (the tests' own authority); NODE_EXTRA_CA_CERTS does the same */
  ca?: string | Buffer;
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL_|EPROTO$)/;

/** The kind of a Node error that ended a request: which one tells the user what went wrong. */
export function failureOf(error: NodeJS.ErrnoException): HttpFailure {
  if (error instanceof HttpFailure) return error;
  const code = String(error.code ?? error.message);
  const kind = ((): NetworkFailure => {
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_NODATA') return 'dns';
    if (code === 'ECONNREFUSED') return 'refused';
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') return 'unreachable';
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') return 'reset';
    if (code === 'ETIMEDOUT') return 'timeout';
    if (code === 'HPE_HEADER_OVERFLOW') return 'headersTooLarge';
    if (code.startsWith('HPE_')) return 'protocol';
    if (TLS_CODES.test(code)) return 'tls';
    return 'network';
  })();
  // Node's "socket hang up" is ECONNRESET; its message would say more than its code, but a code is what we print.
  return new HttpFailure(kind, /^[A-Z0-9_]+$/.test(code) ? code : 'unknown');
}

/** Header lines as Node's request takes them: one entry per name, repeated names as arrays (sent as several lines). */
function headerObject(lines: readonly [string, string][]): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of lines) {
    const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing === undefined) headers[name] = value;
    else headers[existing] = [...(Array.isArray(headers[existing]) ? headers[existing] : [headers[existing]]), value];
  }
  return headers;
}

function pairs(raw: readonly string[]): [string, string][] {
  const lines: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) lines.push([raw[i], raw[i + 1]]);
  return lines;
}

/** The client of the bins, on node:http and node:https. */
export function createNodeHttpClient(options: NodeClientOptions = {}): HttpClient {
  return {
    request(hop: HopRequest): Promise<HopResponse> {
      const secure = hop.url.protocol === 'https:';
      const transport = (secure ? require('node:https') : require('node:http')) as typeof import('node:http');
      const requestOptions: RequestOptions & { rejectUnauthorized?: boolean; ca?: string | Buffer } = {
        protocol: hop.url.protocol,
        // An IPv6 literal is written in brackets in a URL, without them for a connection.
        hostname: hop.url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: hop.url.port || undefined,
        path: `${hop.url.pathname}${hop.url.search}`,
        method: hop.method,
        headers: headerObject(hop.headers),
        agent: false,
        maxHeaderSize: hop.maxHeaderSize,
        ...(secure ? { rejectUnauthorized: !hop.insecure, ...(options.ca ? { ca: options.ca } : {}) } : {}),
      };
      return new Promise<HopResponse>((resolve, reject) => {
        let settled = false;
        let request: ClientRequest | undefined = undefined;
        const settle = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          outcome();
        };
        // The whole request, connection and TLS handshake included, within the time left.
        const timer = setTimeout(
          () => {
            settle(() => reject(new HttpFailure('timeout', 'ETIMEDOUT')));
            request?.destroy();
          },
          Math.max(1, hop.timeoutMs),
        );
        try {
          request = transport.request(requestOptions, (response: IncomingMessage) => {
            settle(() =>
              resolve({ status: response.statusCode ?? 0, reason: response.statusMessage ?? '', headers: pairs(response.rawHeaders) }),
            );
            // The body is never read: the connection goes with it.
            response.destroy();
          });
        } catch (error) {
          // Node refuses some requests before sending them (a header value it cannot send).
          settle(() => reject(failureOf(error as NodeJS.ErrnoException)));
          return;
        }
        request.on('error', (error: NodeJS.ErrnoException) => settle(() => reject(failureOf(error))));
        request.end(hop.body);
      });
    },
  };
}
