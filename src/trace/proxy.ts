/**
 * Proxy variables. Node's HTTP client does not use them (Node 20 has no proxy support of its own), so httpexplain
 * connects directly; when curl would have gone through a proxy for a URL, the trace says that it did not.
 */

/** Whether NO_PROXY exempts a host, as curl reads it: "*", or names matching the host or one of its parent domains. */
export function noProxyMatches(host: string, noProxy: string): boolean {
  const name = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return noProxy
    .split(/[\s,]+/)
    .map((entry) =>
      entry
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, '')
        .replace(/^\[(.*)\]$/, '$1'),
    )
    .filter((entry) => entry !== '')
    .some((entry) => entry === '*' || name === entry || name.endsWith(`.${entry}`));
}

/**
 * The proxy variable curl would use for a URL: http_proxy (lower case only, as curl), HTTPS_PROXY or https_proxy,
 * then ALL_PROXY or all_proxy; none when NO_PROXY exempts the host.
 */
export function proxyVariableFor(url: URL, env: NodeJS.ProcessEnv): string | null {
  const set = (name: string) => (env[name] ?? '') !== '';
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  if (noProxy !== '' && noProxyMatches(url.hostname, noProxy)) return null;
  const candidates = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy'];
  return [...candidates, 'all_proxy', 'ALL_PROXY'].find(set) ?? null;
}
