/**
 * URLs of a trace: which arguments are URLs, which ones may be traced (http and https only), how they are shown
 * (never with their credentials), and where a Location header leads.
 */

/** A word written as a URL: a scheme and "://". Any such word is a URL, to be traced or refused. */
export function looksLikeUrl(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(word.trim());
}

export type UrlProblem = { problem: 'invalid' } | { problem: 'scheme'; scheme: string };

/** A URL the user gave, if it can be traced. */
export function parseTarget(input: string): URL | UrlProblem {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'scheme', scheme: url.protocol.slice(0, -1) };
  if (url.hostname === '') return { problem: 'invalid' };
  return url;
}

/** A URL as it may be printed: without user name and password, and without its fragment, which is never sent. */
export function shown(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  copy.hash = '';
  return copy.href;
}

/** The URL that is requested: without credentials (sent as a header, where allowed) and fragment. */
export function requested(url: URL): URL {
  return new URL(shown(url));
}

/** The Basic credentials a URL carries, as an Authorization header's value, if any. */
export function basicCredentials(url: URL): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  return `Basic ${Buffer.from(`${decode(url.username)}:${decode(url.password)}`).toString('base64')}`;
}

/** A header value as Node gives it (each byte a latin1 character), read as UTF-8 when it is valid UTF-8. */
export function decodeHeader(value: string): string {
  if (!/[^\x00-\x7f]/.test(value)) return value;
  const utf8 = Buffer.from(value, 'latin1').toString('utf8');
  return utf8.includes('\ufffd') ? value : utf8;
}

export type LocationTarget = { url: URL } | { problem: 'invalid' } | { problem: 'scheme'; scheme: string };

/** Where a Location header leads from `base`: an http(s) URL, or why it leads nowhere. */
export function resolveLocation(value: string, base: URL): LocationTarget {
  let url: URL;
  try {
    url = new URL(decodeHeader(value).trim(), base);
  } catch {
    return { problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'scheme', scheme: url.protocol.slice(0, -1) };
  if (url.hostname === '') return { problem: 'invalid' };
  return { url };
}

/** What a Location header may show: as sent, unless it carries credentials, which are removed. */
export function shownLocation(value: string, base: URL): string {
  const decoded = decodeHeader(value);
  const target = resolveLocation(value, base);
  if ('url' in target && (target.url.username !== '' || target.url.password !== '')) return shown(target.url);
  // Not a URL that parses: anything before an "@" could be credentials all the same.
  if (!('url' in target) && /^[^/?#]*\/\/[^/?#]*@/.test(decoded)) return decoded.replace(/^([^/?#]*\/\/)[^/?#]*@/, '$1');
  return decoded;
}
