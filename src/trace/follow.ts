/**
 * Follows a URL hop by hop through the injected HTTP client, as a careful client would: redirects are followed
 * when the knowledge base's facts say the status redirects, with the method those facts give; credentials the user
 * gave (URL user and password, -H Authorization, -H Cookie) go to the first URL's origin only; the whole trace is
 * bounded in time and in redirects. Returns what happened, as plain objects; nothing here prints.
 */
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Behaviour } from '../kb/facts';
import { HttpFailure, type HopResponse, type HttpClient, type NetworkFailure, type TraceOptions } from './types';
import { basicCredentials, requested, resolveLocation, type LocationTarget } from './url';

// Bundled into dist/cli.js at build time.
const { version } = require('../../package.json') as { version: string };

/** Response headers larger than this are refused (Node's default; curl allows 100 KB, browsers about 256 KB). */
export const MAX_HEADER_SIZE = 16 * 1024;

/** Request headers never sent to another origin than the first URL's (CVE-2018-1000007, CVE-2022-27776). */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** The facts a client acts on for a status: its registration, its most widespread vendor meaning, or its class's x00. */
export function factsOf(kb: KnowledgeBase, status: number): Behaviour | undefined {
  if (status < 100 || status > 599) return undefined;
  const compiled = kb.code(status);
  if (compiled) return compiled.registration ?? compiled.meanings[0];
  // RFC 9110 section 15: a client treats a status it does not recognize as the x00 status of its class.
  return kb.code(Math.floor(status / 100) * 100)?.registration ?? undefined;
}

export interface FollowedHop {
  url: URL;
  method: string;
  response: HopResponse;
  timeMs: number;
  /** the Location header as sent, and where it leads */
  location: { value: string; target: LocationTarget } | null;
  /** whether the next hop followed this one's Location */
  followed: boolean;
  /** credential headers not sent on the next hop, because it is on another origin */
  withheld: string[];
}

export type FollowError =
  | { code: NetworkFailure; params: { host: string; detail: string; seconds: number; max: number } }
  | { code: 'loop'; params: { hop: number; to: number } }
  | { code: 'tooManyRedirects'; params: { max: number } }
  | { code: 'invalidStatus'; params: { status: number } };

export interface Followed {
  /** the URL given, as requested (without credentials) */
  url: URL;
  method: string;
  hops: FollowedHop[];
  error: FollowError | null;
}

export interface FollowDependencies {
  kb: KnowledgeBase;
  client: HttpClient;
  /** milliseconds */
  clock: () => number;
}

function hasHeader(headers: readonly [string, string][], name: string): boolean {
  return headers.some(([key]) => key.toLowerCase() === name);
}

/** The method of the request that follows a redirect, from the facts: 303 makes it GET, 301 and 302 turn a POST into GET. */
function methodAfter(method: string, redirect: NonNullable<Behaviour['redirect']>): string {
  if (redirect.method === 'becomes-get') return method === 'HEAD' ? 'HEAD' : 'GET';
  if (redirect.method === 'post-may-become-get') return method === 'POST' ? 'GET' : method;
  return method;
}

/** Traces `target`: each request, its answer, and whether and where the trace went on. */
export async function follow(target: URL, options: TraceOptions, { kb, client, clock }: FollowDependencies): Promise<Followed> {
  const origin = target.origin;
  const credentials = basicCredentials(target);
  const userHeaders = options.headers;
  const deadline = clock() + options.maxTimeMs;
  let url = requested(target);
  let method = options.method ?? (options.data !== undefined ? 'POST' : 'GET');
  let body = options.data === undefined ? undefined : Buffer.from(options.data, 'utf8');
  const first = { url, method };
  const visited = new Map<string, number>();
  const hops: FollowedHop[] = [];
  let redirects = 0;

  for (;;) {
    visited.set(`${method} ${url.href}`, hops.length + 1);
    const sameOrigin = url.origin === origin;
    // What the user gave, minus the credentials when this hop is on another origin; then our defaults, as curl's.
    const headers = userHeaders.filter(([name]) => sameOrigin || !CREDENTIAL_HEADERS.includes(name.toLowerCase()));
    if (credentials && sameOrigin && !hasHeader(headers, 'authorization')) headers.unshift(['Authorization', credentials]);
    if (!hasHeader(headers, 'user-agent')) headers.unshift(['User-Agent', `httpexplain/${version}`]);
    if (!hasHeader(headers, 'accept')) headers.push(['Accept', '*/*']);
    if (body && !hasHeader(headers, 'content-type')) headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    // As in curl, "-H 'Name:'" with no value removes a header that would be sent otherwise.
    const sent = headers.filter(([, value]) => value !== '');

    const remaining = deadline - clock();
    const start = clock();
    let response: HopResponse;
    try {
      if (remaining <= 0) throw new HttpFailure('timeout', 'ETIMEDOUT');
      response = await client.request({
        url,
        method,
        headers: sent,
        body,
        insecure: options.insecure,
        timeoutMs: remaining,
        maxHeaderSize: MAX_HEADER_SIZE,
      });
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      const params = { host: url.host, detail: error.detail, seconds: options.maxTimeMs / 1000, max: MAX_HEADER_SIZE };
      return { ...first, hops, error: { code: error.failure, params } };
    }
    const timeMs = Math.max(0, clock() - start);
    const locationValue = response.headers.find(([name]) => name.toLowerCase() === 'location')?.[1];
    const hop: FollowedHop = {
      url,
      method,
      response,
      timeMs,
      location: locationValue === undefined ? null : { value: locationValue, target: resolveLocation(locationValue, url) },
      followed: false,
      withheld: [],
    };
    hops.push(hop);

    const facts = factsOf(kb, response.status);
    if (!facts) return { ...first, hops, error: { code: 'invalidStatus', params: { status: response.status } } };
    // Not a redirect, or one that cannot be followed, or not to be followed: this is the final answer.
    if (!facts.redirect || !hop.location || !('url' in hop.location.target) || !options.follow) return { ...first, hops, error: null };
    if (redirects >= options.maxRedirects)
      return { ...first, hops, error: { code: 'tooManyRedirects', params: { max: options.maxRedirects } } };

    const next = requested(hop.location.target.url);
    const nextMethod = methodAfter(method, facts.redirect);
    if (nextMethod !== method) body = undefined;
    const seen = visited.get(`${nextMethod} ${next.href}`);
    if (seen !== undefined) return { ...first, hops, error: { code: 'loop', params: { hop: hops.length, to: seen } } };
    // Leaving the first origin: say which credentials stay behind.
    if (url.origin === origin && next.origin !== origin) {
      hop.withheld = [
        ...(credentials ? ['Authorization'] : []),
        ...userHeaders.filter(([name]) => CREDENTIAL_HEADERS.includes(name.toLowerCase())).map(([name]) => name),
      ].filter((name, i, all) => all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i);
    }
    hop.followed = true;
    redirects++;
    url = next;
    method = nextMethod;
  }
}
