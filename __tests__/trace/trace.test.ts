/**
 * The tracer and its findings against real servers on 127.0.0.1 (never the internet), through Node's own client:
 * one server per behaviour, each finding produced by the behaviour it is about, and a clean chain producing none.
 */
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { createNodeHttpClient } from '../../src/trace/client';
import { traceUrl } from '../../src/trace/index';
import type { Trace, TraceOptions } from '../../src/trace/types';
import { closedPort, rawResponse, startRawServer, serversPerTest, TLS, type Route } from './servers';

const kb = new KnowledgeBase();
const client = createNodeHttpClient({ ca: TLS.ca });
const servers = serversPerTest();
const { serve } = servers;

function trace(url: string, options: Partial<TraceOptions> = {}, lang = 'en'): Promise<Trace> {
  const settings: TraceOptions = { headers: [], maxRedirects: 10, maxTimeMs: 5000, follow: true, insecure: false, ...options };
  return traceUrl(new URL(url), settings, { kb, lang, client, clock: () => performance.now(), env: {} });
}

const keys = (result: Trace) => result.findings.map((finding) => finding.key);
const statuses = (result: Trace) => result.hops.map((hop) => hop.status);

describe('a clean chain', () => {
  test('one permanent redirect with a short lifetime, then 200: no finding, exit-worthy final answer', async () => {
    const server = await serve({
      '/': { status: 308, headers: { Location: '/home', 'Cache-Control': 'max-age=3600' } },
      '/home': { status: 200 },
    });
    const result = await trace(server.url('/'));
    expect(statuses(result)).toEqual([308, 200]);
    expect(result.findings).toEqual([]);
    expect(result.error).toBeNull();
    expect(result.final).toMatchObject({ code: 200, reason: 'OK' });
    expect(result.hops[0]).toMatchObject({
      url: server.url('/'),
      method: 'GET',
      reason: 'Permanent Redirect',
      location: '/home',
      next: server.url('/home'),
      headers: { 'Cache-Control': 'max-age=3600' },
    });
  });
});

describe('redirects, as the facts say', () => {
  // The method after each redirect: 303 makes it GET, 301 and 302 turn a POST into GET, 307 and 308 keep it.
  test.each([
    [301, 'GET', ''],
    [302, 'GET', ''],
    [303, 'GET', ''],
    [307, 'POST', 'q=1'],
    [308, 'POST', 'q=1'],
  ])('%d is followed; a POST goes on as %s', async (status, method, body) => {
    const server = await serve({
      '/form': { status, headers: { Location: '/done', 'Cache-Control': 'max-age=60' } },
      '/done': { status: 200 },
    });
    const result = await trace(server.url('/form'), { data: 'q=1' });
    expect(statuses(result)).toEqual([status, 200]);
    expect(server.requests.map((request) => request.method)).toEqual(['POST', method]);
    expect(server.requests[1].body).toBe(body);
    expect(result.hops[1].method).toBe(method);
  });

  test.each([300, 304, 305])('%d with a Location is the final answer: the facts say it does not redirect', async (status) => {
    const server = await serve({ '/': { status, headers: { Location: '/elsewhere' } } });
    const result = await trace(server.url('/'));
    expect(statuses(result)).toEqual([status]);
    expect(result.final?.code).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  test('--no-follow: the first answer is the final one', async () => {
    const server = await serve({ '/': { status: 302, headers: { Location: '/b' } }, '/b': { status: 200 } });
    const result = await trace(server.url('/'), { follow: false });
    expect(statuses(result)).toEqual([302]);
    expect(result.final?.code).toBe(302);
    expect(result.hops[0].next).toBe(server.url('/b'));
  });
});

describe('findings of the chain', () => {
  test('a redirect loop: no final answer, the loop found', async () => {
    const server = await serve({ '/a': { status: 302, headers: { Location: '/b' } }, '/b': { status: 302, headers: { Location: '/a' } } });
    const result = await trace(server.url('/a'));
    expect(statuses(result)).toEqual([302, 302]);
    expect(result.final).toBeNull();
    expect(result.error).toMatchObject({ code: 'loop', exitCode: 3 });
    expect(result.findings).toEqual([
      expect.objectContaining({ key: 'redirect-loop', hop: 2, severity: 'error', text: 'Redirect loop: hop 2 leads back to hop 1' }),
    ]);
  });

  test('a redirect to itself is a loop too', async () => {
    const server = await serve({ '/self': { status: 307, headers: { Location: '/self' } } });
    const result = await trace(server.url('/self'));
    expect(result.error?.code).toBe('loop');
    expect(keys(result)).toContain('redirect-loop');
  });

  test('too many hops: stopped after --max-redirs redirects, with every hop received', async () => {
    const routes: Record<string, Route> = {};
    for (let i = 0; i < 6; i++) routes[`/${i}`] = { status: 307, headers: { Location: `/${i + 1}` } };
    const server = await serve(routes);
    const result = await trace(server.url('/0'), { maxRedirects: 3 });
    expect(statuses(result)).toEqual([307, 307, 307, 307]);
    expect(result.error).toMatchObject({ code: 'tooManyRedirects', message: 'more than 3 redirects (--max-redirs)' });
    expect(result.findings).toEqual([expect.objectContaining({ key: 'too-many-redirects', hop: 4, severity: 'error' })]);
  });

  test('an HTTPS to HTTP downgrade', async () => {
    const plain = await serve({ '/': { status: 200 } });
    const secure = await serve({ '/': { status: 307, headers: { Location: plain.url('/') } } }, { tls: true });
    const result = await trace(secure.url('/'));
    expect(statuses(result)).toEqual([307, 200]);
    expect(result.findings).toEqual([
      expect.objectContaining({ key: 'https-downgrade', hop: 1, severity: 'error', text: '307 Temporary Redirect from https to http' }),
    ]);
  });

  test('a chain that could be one hop', async () => {
    const server = await serve({
      '/a': { status: 308, headers: { Location: '/b', 'Cache-Control': 'max-age=60' } },
      '/b': { status: 308, headers: { Location: '/c', 'Cache-Control': 'max-age=60' } },
      '/c': { status: 200 },
    });
    const result = await trace(server.url('/a'));
    expect(result.findings).toEqual([
      expect.objectContaining({
        key: 'redirect-chain',
        hop: 1,
        severity: 'info',
        text: '2 redirects before the final answer: one would do',
      }),
    ]);
  });

  test('a temporary redirect in front of a permanent one', async () => {
    const server = await serve({
      '/a': { status: 302, headers: { Location: '/b' } },
      '/b': { status: 308, headers: { Location: '/c', 'Cache-Control': 'max-age=60' } },
      '/c': { status: 200 },
    });
    const result = await trace(server.url('/a'));
    expect(keys(result)).toEqual(['temporary-before-permanent', 'redirect-chain']);
    expect(result.findings[0]).toMatchObject({ hop: 1, text: 'Temporary 302 Found in front of a permanent 308 at hop 2' });
  });
});

describe('findings of a redirect', () => {
  test.each([301, 302])('%d answering a POST: the method becomes GET', async (status) => {
    const server = await serve({
      '/form': { status, headers: { Location: '/done', 'Cache-Control': 'max-age=60' } },
      '/done': { status: 200 },
    });
    const result = await trace(server.url('/form'), { method: 'POST', data: 'q=1' });
    expect(keys(result)).toEqual(['post-becomes-get']);
    expect(result.findings[0].why).toContain(`when they follow a ${status}`);
  });

  test.each([303, 307, 308])('%d answering a POST says what it means: no finding', async (status) => {
    const server = await serve({
      '/form': { status, headers: { Location: '/done', 'Cache-Control': 'max-age=60' } },
      '/done': { status: 200 },
    });
    expect(keys(await trace(server.url('/form'), { data: 'q=1' }))).toEqual([]);
  });

  test.each([301, 302, 303, 307, 308])('%d without Location: the final answer, and a finding', async (status) => {
    const server = await serve({ '/': { status, headers: { 'Cache-Control': 'max-age=60' } } });
    const result = await trace(server.url('/'));
    expect(result.final?.code).toBe(status);
    expect(result.findings).toEqual([expect.objectContaining({ key: 'missing-location', hop: 1, severity: 'warning' })]);
  });

  test.each(['http://[bad', 'ftp://example.test/file', 'javascript:alert(1)', 'http://'])(
    'a Location that cannot be followed: %s',
    async (location) => {
      const server = await serve({ '/': { status: 302, headers: { Location: location } } });
      const result = await trace(server.url('/'));
      expect(result.final?.code).toBe(302);
      expect(result.hops[0]).toMatchObject({ location, next: null });
      expect(keys(result)).toEqual(['invalid-location']);
    },
  );

  test.each([
    ['Cache-Control', 'max-age=31536000', '365 days'],
    ['Cache-Control', 'public, s-maxage=172800', '2 days'],
    ['Expires', 'Thu, 01 Jan 2199 00:00:00 GMT', null],
  ])('a permanent redirect cached for long: %s: %s', async (name, value, duration) => {
    const server = await serve({ '/': { status: 301, headers: { Location: '/b', [name]: value } }, '/b': { status: 200 } });
    const result = await trace(server.url('/'));
    expect(keys(result)).toEqual(['permanent-redirect-cached']);
    if (duration) expect(result.findings[0].text).toBe(`301 Moved Permanently cached for ${duration}`);
    expect(result.hops[0].headers[name]).toBe(value);
  });

  test('a permanent redirect without a lifetime may be cached for good (it is cacheable by default)', async () => {
    const server = await serve({ '/': { status: 308, headers: { Location: '/b' } }, '/b': { status: 200 } });
    expect(keys(await trace(server.url('/')))).toEqual(['permanent-redirect-no-expiry']);
  });

  test('a permanent redirect that may not be stored, or only for a day: no finding', async () => {
    const server = await serve({
      '/': { status: 301, headers: { Location: '/b', 'Cache-Control': 'no-store' } },
      '/b': { status: 301, headers: { Location: '/c', 'Cache-Control': 'max-age=86400' } },
      '/c': { status: 200 },
    });
    expect(keys(await trace(server.url('/')))).toEqual(['redirect-chain']);
  });
});

describe('headers that go with a status', () => {
  test.each([
    [401, 'WWW-Authenticate', 'missing-www-authenticate', 'error', { 'WWW-Authenticate': 'Bearer realm="api"' }],
    [405, 'Allow', 'missing-allow', 'error', { Allow: 'GET, HEAD' }],
    [429, 'Retry-After', 'missing-retry-after', 'info', { 'Retry-After': '120' }],
    [503, 'Retry-After', 'missing-retry-after', 'info', { 'Retry-After': '120' }],
    [206, 'Content-Range', 'missing-content-range', 'error', { 'Content-Range': 'bytes 0-9/100' }],
    [416, 'Content-Range', 'missing-content-range', 'warning', { 'Content-Range': 'bytes */100' }],
  ])('%d without %s is found; with it, not', async (status, header, key, severity, headers) => {
    const server = await serve({ '/without': { status }, '/with': { status, headers } });
    const without = await trace(server.url('/without'));
    expect(without.findings).toEqual([expect.objectContaining({ key, hop: 1, severity })]);
    expect(without.findings[0].text).toBe(`${status} ${without.final!.reason} without ${header}`);
    const withIt = await trace(server.url('/with'));
    expect(withIt.findings).toEqual([]);
    expect(withIt.hops[0].headers[header]).toBe(Object.values(headers)[0]);
  });

  test('a header the facts ask for that has no text of its own gets the general one (407 without Proxy-Authenticate)', async () => {
    const server = await serve({ '/': { status: 407 } });
    const result = await trace(server.url('/'));
    expect(result.findings).toEqual([
      expect.objectContaining({ key: 'missing-proxy-authenticate', text: '407 Proxy Authentication Required without Proxy-Authenticate' }),
    ]);
  });

  test('a status told to wait without a Retry-After in its facts is not asked for one (423)', async () => {
    const server = await serve({ '/': { status: 423 } });
    expect(keys(await trace(server.url('/')))).toEqual([]);
  });
});

describe('who sent the status', () => {
  test('a Cloudflare 52x: the vendor named, from the headers Cloudflare sends', async () => {
    const server = await serve({ '/': { status: 521, headers: { 'CF-Ray': '8a1b2c3d4e5f-CDG', Server: 'cloudflare' } } });
    const result = await trace(server.url('/'));
    expect(result.final).toMatchObject({ code: 521, vendor: 'Cloudflare' });
    expect(result.findings).toEqual([
      expect.objectContaining({
        key: 'vendor-code',
        severity: 'info',
        text: '521 Web Server Is Down is a code of Cloudflare, not a standard one',
      }),
    ]);
    expect(result.findings[0].why).toContain("refused Cloudflare's connection");
    expect(result.hops[0].headers).toEqual({ 'CF-Ray': '8a1b2c3d4e5f-CDG', Server: 'cloudflare' });
  });

  test('a code several vendors use: the one the Server header names, else the most widespread', async () => {
    const server = await serve({
      '/plain': { status: 499 },
      '/cf': { status: 499, headers: { Server: 'cloudflare' } },
      '/esri': { status: 499, headers: { Server: 'Esri ArcGIS Server' } },
    });
    expect((await trace(server.url('/plain'))).findings[0].text).toBe('499 Client Closed Request is a code of nginx, not a standard one');
    expect((await trace(server.url('/cf'))).findings[0].text).toBe('499 Client Closed Request is a code of Cloudflare, not a standard one');
    expect((await trace(server.url('/esri'))).findings[0].text).toBe('499 Token Required is a code of Esri ArcGIS, not a standard one');
  });

  test('a status the knowledge base does not know: explained through its class', async () => {
    const server = await serve({ '/': { status: 299 } });
    const result = await trace(server.url('/'));
    expect(result.final).toMatchObject({ code: 299, status: 'unassigned' });
    expect(result.findings).toEqual([
      expect.objectContaining({
        key: 'unknown-status',
        severity: 'warning',
        text: "299 is neither a registered status code nor a known vendor's",
      }),
    ]);
    expect(result.findings[0].why).toContain('here 200 OK');
  });

  test('a status outside 100 to 599 is no HTTP answer', async () => {
    const server = await rawResponse('HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n');
    servers.keep(server);
    const result = await trace(server.url('/'));
    expect(result.final).toBeNull();
    expect(result.error).toMatchObject({ code: 'invalidStatus', exitCode: 3 });
  });

  test('a reason phrase other than the registered one is shown beside it', async () => {
    const server = await serve({ '/': { status: 200, reason: 'Alright' } });
    expect((await trace(server.url('/'))).hops[0]).toMatchObject({ reason: 'Alright', registeredReason: 'OK' });
  });
});

describe('no final answer', () => {
  test('a refused port, after a redirect: the hops so far are kept', async () => {
    const port = await closedPort();
    const server = await serve({ '/': { status: 307, headers: { Location: `http://127.0.0.1:${port}/` } } });
    const result = await trace(server.url('/'));
    expect(statuses(result)).toEqual([307]);
    expect(result.error).toEqual({ code: 'refused', message: `127.0.0.1:${port} refused the connection`, exitCode: 3 });
    expect(result.final).toBeNull();
  });

  test('a silent server: stopped at the time limit', async () => {
    const server = await startRawServer(() => undefined);
    servers.keep(server);
    const start = performance.now();
    const result = await trace(server.url('/'), { maxTimeMs: 300 });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(result.error).toMatchObject({ code: 'timeout', message: 'no answer within 0.3 s (-m, --max-time)' });
  });

  test('a slow server, dripping its headers: stopped at the time limit of the whole trace', async () => {
    const server = await startRawServer((socket) => {
      socket.on('error', () => undefined);
      const line = 'HTTP/1.1 200 OK\r\nX-Slow: 1\r\n';
      let i = 0;
      const timer = setInterval(() => (i < line.length ? socket.write(line[i++]) : socket.write('X-More: 1\r\n')), 50);
      socket.on('close', () => clearInterval(timer));
    });
    servers.keep(server);
    const start = performance.now();
    const result = await trace(server.url('/'), { maxTimeMs: 400 });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(result.error?.code).toBe('timeout');
  });

  test('the time limit covers every hop together', async () => {
    const server = await serve({
      '/a': (_, response) => setTimeout(() => response.writeHead(307, { Location: '/b' }).end(), 250),
      '/b': (_, response) => setTimeout(() => response.writeHead(200).end(), 250),
    });
    const result = await trace(server.url('/a'), { maxTimeMs: 400 });
    expect(statuses(result)).toEqual([307]);
    expect(result.error?.code).toBe('timeout');
  });

  test('headers larger than the limit', async () => {
    const server = await rawResponse(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(20_000)}\r\nContent-Length: 0\r\n\r\n`);
    servers.keep(server);
    expect((await trace(server.url('/'))).error).toMatchObject({
      code: 'headersTooLarge',
      message: `127.0.0.1:${server.port} sent response headers larger than 16384 bytes`,
    });
  });

  test('not HTTP at all', async () => {
    const server = await rawResponse('SSH-2.0-OpenSSH_9.6\r\n');
    servers.keep(server);
    expect((await trace(server.url('/'))).error?.code).toBe('protocol');
  });

  test('a certificate that is not trusted is a TLS error; -k goes on, and says so', async () => {
    const secure = await serve({ '/': { status: 200 } }, { tls: true });
    const untrusting = createNodeHttpClient();
    const settings: TraceOptions = { headers: [], maxRedirects: 10, maxTimeMs: 5000, follow: true, insecure: false };
    const refused = await traceUrl(new URL(secure.url('/')), settings, {
      kb,
      lang: 'en',
      client: untrusting,
      clock: () => performance.now(),
      env: {},
    });
    expect(refused.error).toMatchObject({ code: 'tls' });
    expect(refused.error?.message).toMatch(/^the TLS connection to 127\.0\.0\.1:\d+ failed \([A-Z_]+\); -k skips the certificate check$/);
    const insecure = await traceUrl(
      new URL(secure.url('/')),
      { ...settings, insecure: true },
      { kb, lang: 'en', client: untrusting, clock: () => performance.now(), env: {} },
    );
    expect(insecure).toMatchObject({ insecure: true, error: null, final: { code: 200 } });
  });
});

describe('safety', () => {
  test('credentials go to the first origin only: URL credentials, -H Authorization and -H Cookie', async () => {
    const other = await serve({ '/': { status: 200 } });
    const first = await serve({
      '/a': { status: 302, headers: { Location: '/b' } },
      '/b': { status: 307, headers: { Location: other.url('/') } },
    });
    const url = first.url('/a').replace('http://', 'http://user:s3cret@');
    const result = await trace(url, {
      headers: [
        ['Cookie', 'session=abc'],
        ['X-Trace', 'kept'],
      ],
    });
    expect(first.requests.map((request) => request.headers.authorization)).toEqual([
      `Basic ${Buffer.from('user:s3cret').toString('base64')}`,
      expect.any(String),
    ]);
    expect(first.requests.map((request) => request.headers.cookie)).toEqual(['session=abc', 'session=abc']);
    expect(other.requests[0].headers.authorization).toBeUndefined();
    expect(other.requests[0].headers.cookie).toBeUndefined();
    expect(other.requests[0].headers['x-trace']).toBe('kept');
    expect(result.findings.find((finding) => finding.key === 'credentials-withheld')).toMatchObject({
      hop: 2,
      text: 'Hop 2 redirects to another origin, where httpexplain does not send Authorization and Cookie',
    });
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });

  test('-H Authorization is not sent to another port of the same host', async () => {
    const other = await serve({ '/': { status: 200 } });
    const first = await serve({ '/': { status: 302, headers: { Location: other.url('/') } } });
    await trace(first.url('/'), { headers: [['Authorization', 'Bearer token']] });
    expect(first.requests[0].headers.authorization).toBe('Bearer token');
    expect(other.requests[0].headers.authorization).toBeUndefined();
  });

  test('no cookie is stored: a cookie set on one hop is not sent on the next', async () => {
    const server = await serve({
      '/login': { status: 302, headers: { Location: '/home', 'Set-Cookie': 'session=1' } },
      '/home': { status: 200 },
    });
    await trace(server.url('/login'));
    expect(server.requests[1].headers.cookie).toBeUndefined();
  });

  test('the body is never read: an endless body does not hold the trace', async () => {
    const server = await serve({
      '/': (_, response) => {
        response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024);
        const timer = setInterval(() => response.write(chunk), 1);
        response.on('close', () => clearInterval(timer));
      },
    });
    const start = performance.now();
    const result = await trace(server.url('/'), { maxTimeMs: 3000 });
    expect(result.final?.code).toBe(200);
    expect(performance.now() - start).toBeLessThan(1500);
  });

  test('credentials in a Location are not kept in what is shown', async () => {
    const server = await serve({ '/': { status: 302, headers: { Location: 'http://admin:hunter2@127.0.0.1:1/' } } });
    const result = await trace(server.url('/'), { follow: false });
    expect(result.hops[0].location).toBe('http://127.0.0.1:1/');
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  test('a hostile reason phrase is kept as data (the view and JSON escape it), and a Location with escapes is refused by the parser', async () => {
    const reason = await rawResponse('HTTP/1.1 200 \u001b[31mRed\u001b]0;pwned\u0007\r\nContent-Length: 0\r\n\r\n');
    servers.keep(reason);
    expect((await trace(reason.url('/'))).hops[0].reason).toBe('\u001b[31mRed\u001b]0;pwned\u0007');
    const location = await rawResponse('HTTP/1.1 302 Found\r\nLocation: /a\u001b[2Jb\r\nContent-Length: 0\r\n\r\n');
    servers.keep(location);
    expect((await trace(location.url('/'))).error?.code).toBe('protocol');
  });

  test('a Location in UTF-8 is read as UTF-8, and followed percent-encoded', async () => {
    const server = await rawResponse(
      Buffer.concat([
        Buffer.from('HTTP/1.1 302 Found\r\nLocation: /caf'),
        Buffer.from('é\u202e', 'utf8'),
        Buffer.from('\r\nContent-Length: 0\r\n\r\n'),
      ]),
    );
    servers.keep(server);
    const result = await trace(server.url('/'), { follow: false });
    expect(result.hops[0].location).toBe('/café\u202e');
    expect(result.hops[0].next).toBe(server.url('/caf%C3%A9%E2%80%AE'));
  });
});

describe('texts', () => {
  test('in French', async () => {
    const server = await serve({ '/': { status: 401 } });
    const result = await trace(server.url('/'), {}, 'fr');
    expect(result.findings[0].text).toBe('401 Unauthorized sans WWW-Authenticate');
    expect(result.final?.lang).toBe('fr');
    expect(result.untranslated).toEqual([]);
  });
});
