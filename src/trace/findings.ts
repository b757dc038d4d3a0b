/**
 * The findings of a trace. Each rule reads the knowledge base's facts of the status it looks at (whether it
 * redirects, permanently or not, with which method; which headers go with it and how strongly; whether it is
 * cacheable by default; what a client should do next) rather than a list of codes of its own: a code added to the
 * knowledge base is checked as soon as its facts are written.
 */
import type { Behaviour, HeaderRequirement } from '../kb/facts';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { classOf } from '../kb/types';
import { factsOf, type Followed, type FollowedHop } from './follow';
import type { RawFinding, Severity } from './types';

/** A permanent redirect whose stated lifetime is longer than this is said to be cached for long. */
export const LONG_CACHE_SECONDS = 24 * 60 * 60;

/** How strongly a missing header is reported, from what the specification asks of it. */
const MISSING_SEVERITY: Record<HeaderRequirement, Severity> = { must: 'error', should: 'warning', may: 'info' };

/** The header the `after-delay` retry fact refers to: "wait, honouring Retry-After when sent". */
const DELAY_HEADER = 'Retry-After';

/** Every value of a response header, decoded as received, joined as HTTP joins repeated fields. */
export function headerValue(hop: FollowedHop, name: string): string | undefined {
  const values = hop.response.headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
  return values.length === 0 ? undefined : values.join(', ');
}

/**
 * How long a response may be reused without asking the server again, in seconds, from Cache-Control (max-age,
 * s-maxage for shared caches; no-store and no-cache: not at all) or Expires; undefined when it says nothing.
 */
export function statedLifetime(hop: FollowedHop, now: number = Date.now()): number | undefined {
  const cacheControl = headerValue(hop, 'Cache-Control');
  if (cacheControl !== undefined) {
    const directives = cacheControl.split(',').map((part) => part.trim().toLowerCase());
    if (directives.some((directive) => directive === 'no-store' || directive === 'no-cache')) return 0;
    const ages = directives.map((directive) => /^(?:max-age|s-maxage)\s*=\s*"?(\d+)"?$/.exec(directive)).filter((match) => match !== null);
    if (ages.length > 0) return Math.max(...ages.map((match) => Number(match[1])));
  }
  const expires = headerValue(hop, 'Expires');
  if (expires === undefined) return undefined;
  const expiry = Date.parse(expires);
  // An Expires that is not a date means "already expired" (RFC 9111 section 5.3).
  if (Number.isNaN(expiry)) return 0;
  const date = Date.parse(headerValue(hop, 'Date') ?? '');
  return Math.max(0, Math.floor((expiry - (Number.isNaN(date) ? now : date)) / 1000));
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The vendor meaning of an unregistered status that best fits the response: the one whose own headers it carries
 * (Cloudflare's CF-Ray), else the one its Server header names ("nginx/1.25", "awselb/2.0"), else the most widespread.
 */
export function vendorMeaning(kb: KnowledgeBase, hop: FollowedHop) {
  const meanings = kb.code(hop.response.status)?.meanings ?? [];
  const server = letters(headerValue(hop, 'Server') ?? '');
  return (
    meanings.find((meaning) => meaning.responseHeaders.some(({ name }) => headerValue(hop, name) !== undefined)) ??
    meanings.find((meaning) => server !== '' && server.includes(letters(meaning.id))) ??
    meanings[0]
  );
}

/** The facts the rules read for a hop: its registration's, the vendor meaning that fits it, or its class's. */
export function hopFacts(kb: KnowledgeBase, hop: FollowedHop): Behaviour | undefined {
  const compiled = kb.code(hop.response.status);
  if (compiled && !compiled.registration) return vendorMeaning(kb, hop);
  return factsOf(kb, hop.response.status);
}

/** What a finding's texts may say of a status: its number and registered (or vendor's) reason phrase. */
function codeParams(kb: KnowledgeBase, status: number): { code: number; reason: string } {
  const compiled = kb.code(status);
  return { code: status, reason: compiled?.registration?.reason ?? compiled?.meanings[0]?.reason ?? '' };
}

export interface FindingContext {
  kb: KnowledgeBase;
  /** texts of the vendor a status belongs to, in the output language */
  vendorTexts(status: number, id: string): { vendor: string; summary: string };
  /** a number of days as the output language says it ("365 days") */
  days(count: number): string;
  /** items joined as the output language joins them ("Authorization and Cookie") */
  list(items: readonly string[]): string;
}

/** The findings of one hop, from its facts and headers. */
function hopFindings(ctx: FindingContext, followed: Followed, index: number): RawFinding[] {
  const { kb } = ctx;
  const hop = followed.hops[index];
  const number = index + 1;
  const { status } = hop.response;
  const facts = hopFacts(kb, hop);
  if (!facts) return [];
  const params = { ...codeParams(kb, status), hop: number };
  const findings: RawFinding[] = [];
  const add = (key: string, severity: Severity, extra: Record<string, string | number> = {}, textKey?: string) =>
    findings.push({ key, hop: number, severity, params: { ...params, ...extra }, ...(textKey ? { textKey } : {}) });

  // A status nobody defined, or one only a vendor gives a meaning.
  const compiled = kb.code(status);
  if (!compiled) {
    const fallback = codeParams(kb, Math.floor(status / 100) * 100);
    add('unknown-status', 'warning', { reason: '', fallback: `${fallback.code} ${fallback.reason}`, class: classOf(status) });
  } else if (!compiled.registration) {
    const meaning = vendorMeaning(kb, hop);
    const texts = ctx.vendorTexts(status, meaning.id);
    add('vendor-code', 'info', { reason: meaning.reason, vendor: texts.vendor, summary: texts.summary, class: classOf(status) });
  }

  // The headers that go with the status: those the specification requires or recommends, and Retry-After where
  // the client is told to wait.
  for (const { name, requirement } of facts.responseHeaders) {
    if (headerValue(hop, name) !== undefined) continue;
    const expected = requirement !== 'may' || (name === DELAY_HEADER && facts.retry === 'after-delay');
    if (expected) add(`missing-${name.toLowerCase()}`, MISSING_SEVERITY[requirement], { header: name }, 'missing-header');
  }

  if (facts.redirect && hop.location) {
    const { target } = hop.location;
    if (!('url' in target)) add('invalid-location', 'error');
    else if (hop.url.protocol === 'https:' && target.url.protocol === 'http:') add('https-downgrade', 'error');
  }

  if (facts.redirect?.permanent && hop.location) {
    const lifetime = statedLifetime(hop);
    if (lifetime === undefined && facts.cacheableByDefault) add('permanent-redirect-no-expiry', 'warning');
    else if (lifetime !== undefined && lifetime > LONG_CACHE_SECONDS)
      add('permanent-redirect-cached', 'info', { duration: ctx.days(Math.floor(lifetime / 86400)) });
  }

  if (hop.method === 'POST' && facts.redirect?.method === 'post-may-become-get') add('post-becomes-get', 'warning');

  // Two redirects in a row: a temporary one in front of a permanent one.
  const next = followed.hops[index + 1];
  const nextFacts = next && hop.followed ? hopFacts(kb, next) : undefined;
  if (facts.redirect && !facts.redirect.permanent && nextFacts?.redirect?.permanent) {
    add('temporary-before-permanent', 'warning', { next: number + 1, nextCode: next.response.status });
  }

  if (hop.withheld.length > 0) add('credentials-withheld', 'info', { headers: ctx.list(hop.withheld) });
  return findings;
}

/** Every finding of a trace, hop by hop, then those of the chain as a whole. */
export function findingsOf(ctx: FindingContext, followed: Followed): RawFinding[] {
  const findings = followed.hops.flatMap((_, index) => hopFindings(ctx, followed, index));
  const last = followed.hops.length;
  const { error } = followed;
  if (error?.code === 'loop')
    findings.push({ key: 'redirect-loop', hop: last, severity: 'error', params: { hop: last, to: error.params.to } });
  if (error?.code === 'tooManyRedirects')
    findings.push({ key: 'too-many-redirects', hop: last, severity: 'error', params: { hop: last, max: error.params.max } });
  // Redirects followed one after the other to a final answer: the first one could have pointed at it.
  const redirects = followed.hops.filter((hop) => hop.followed).length;
  if (!error && redirects >= 2)
    findings.push({ key: 'redirect-chain', hop: 1, severity: 'info', params: { hop: 1, count: redirects, final: last } });
  return findings;
}
