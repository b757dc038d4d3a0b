/**
 * `httpexplain URL`: traces a URL hop by hop (follow.ts), reads the findings off the knowledge base's facts
 * (findings.ts), explains the final answer as `httpexplain CODE` does, and returns it all as one plain object, in
 * the output language. Loaded only when a URL is given.
 */
import { explainCode } from '../domain/explain';
import { messagesFor, type Messages } from '../i18n/messages';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { follow, type Followed, type FollowedHop } from './follow';
import { findingsOf, headerValue, hopFacts, type FindingContext } from './findings';
import { proxyVariableFor } from './proxy';
import {
  EXIT_NO_ANSWER,
  type Finding,
  type Hop,
  type HttpClient,
  type RawFinding,
  type Severity,
  type Trace,
  type TraceOptions,
} from './types';
import { decodeHeader, shown, shownLocation } from './url';

export { createNodeHttpClient } from './client';
export { looksLikeUrl, parseTarget } from './url';
export * from './types';

/** Headers worth showing whatever the status: they change how every later request to the site is made. */
const ALWAYS_SHOWN = ['Strict-Transport-Security', 'Alt-Svc'];

export interface TraceDependencies {
  kb: KnowledgeBase;
  lang: string;
  client: HttpClient;
  /** milliseconds */
  clock: () => number;
  /** for the proxy variables, which the trace does not use and says so */
  env: NodeJS.ProcessEnv;
}

/**
 * The headers of a hop that matter for its status: those its facts name (Location aside, which has its own
 * field), Cache-Control and Expires on a permanent redirect, Server for a code only a vendor or nobody defined,
 * and the site-wide ones. By the name the knowledge base gives them, in that order.
 */
function headersThatMatter(kb: KnowledgeBase, hop: FollowedHop): Record<string, string> {
  const facts = hopFacts(kb, hop);
  const registered = !!kb.code(hop.response.status)?.registration;
  const names = [
    ...(facts?.responseHeaders.map(({ name }) => name) ?? []),
    ...(facts?.redirect?.permanent ? ['Cache-Control', 'Expires'] : []),
    ...(registered ? [] : ['Server']),
    ...ALWAYS_SHOWN,
  ].filter(
    (name, i, all) => name.toLowerCase() !== 'location' && all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i,
  );
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = headerValue(hop, name);
    if (value !== undefined) headers[name] = decodeHeader(value);
  }
  return headers;
}

function hopOf(kb: KnowledgeBase, hop: FollowedHop): Hop {
  const { status } = hop.response;
  const reason = decodeHeader(hop.response.reason);
  const compiled = status >= 100 && status <= 599 ? kb.code(status) : undefined;
  const registered = compiled?.registration?.reason ?? null;
  const target = hop.location?.target;
  return {
    url: shown(hop.url),
    method: hop.method,
    status,
    reason,
    registeredReason: registered !== null && registered.toLowerCase() !== reason.trim().toLowerCase() ? registered : null,
    location: hop.location ? shownLocation(hop.location.value, hop.url) : null,
    next: target && 'url' in target ? shown(target.url) : null,
    headers: headersThatMatter(kb, hop),
    timeMs: Math.round(hop.timeMs),
  };
}

/** The findings with their texts in the output language; English texts used for want of a translation are listed. */
function localizeFindings(kb: KnowledgeBase, m: Messages, raw: RawFinding[], untranslated: string[]): Finding[] {
  const texts = kb.locale(m.lang).findingTexts();
  return raw.map((finding, i) => {
    const localized = texts[finding.key] ?? (finding.textKey ? texts[finding.textKey] : undefined);
    if (!localized) throw new Error(`no texts for the finding "${finding.key}"`);
    const fields = { title: 'text', why: 'why', fix: 'fix' } as const;
    for (const field of localized.untranslated) untranslated.push(`findings[${i}].${fields[field as keyof typeof fields] ?? field}`);
    const { title, why, fix } = localized.texts;
    return {
      key: finding.key,
      hop: finding.hop,
      severity: finding.severity,
      text: m.format(title, finding.params),
      why: m.format(why, finding.params),
      fix: m.format(fix, finding.params),
    };
  });
}

function findingContext(kb: KnowledgeBase, lang: string, m: Messages): FindingContext {
  return {
    kb,
    vendorTexts(status, id) {
      const { texts } = kb.locale(lang).codeTexts(status).meanings[id];
      return { vendor: texts.vendor ?? id, summary: texts.summary };
    },
    days: (count) => m.plural('trace.days', count, { count }),
    list: (items) => m.list(items),
  };
}

/** Everything `httpexplain URL` says of a trace, as `--json` prints it. */
export function traceOf(followed: Followed, { kb, lang, env }: Pick<TraceDependencies, 'kb' | 'lang' | 'env'>, insecure: boolean): Trace {
  const m = messagesFor(kb, lang);
  const untranslated: string[] = [];
  // The most serious first; in the order of the hops within a severity.
  const raw = findingsOf(findingContext(kb, lang, m), followed);
  const order: Severity[] = ['error', 'warning', 'info'];
  const sorted = raw
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => order.indexOf(a.finding.severity) - order.indexOf(b.finding.severity) || a.finding.hop - b.finding.hop || a.i - b.i);
  const findings = localizeFindings(
    kb,
    m,
    sorted.map(({ finding }) => finding),
    untranslated,
  );
  const { error } = followed;
  const last = followed.hops[followed.hops.length - 1];
  return {
    url: shown(followed.url),
    method: followed.method,
    insecure,
    hops: followed.hops.map((hop) => hopOf(kb, hop)),
    final: error || !last ? null : explainCode(kb, last.response.status, lang),
    findings,
    error: error ? { code: error.code, message: m.text(`trace.errors.${error.code}`, error.params), exitCode: EXIT_NO_ANSWER } : null,
    ignoredProxy: proxyVariableFor(followed.url, env),
    untranslated,
    lang,
  };
}

/** Traces a URL through the client of the command's context. */
export async function traceUrl(target: URL, options: TraceOptions, dependencies: TraceDependencies): Promise<Trace> {
  const followed = await follow(target, options, dependencies);
  return traceOf(followed, dependencies, options.insecure);
}
