/**
 * `httpexplain URL` through the real bin, against real servers on 127.0.0.1 (never the internet). The bin runs as
 * a child process started asynchronously, so that the servers of this process keep answering meanwhile.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort, rawResponse, serversPerTest, TLS, type TestServer } from '../trace/servers';
import { ESCAPE, run, STACK_TRACE, type Result, jsonLines } from './run';

const bin = join(__dirname, '../../bin/httpexplain.js');
/** A neutral environment: a UTF-8 terminal's locale in English, no colour forced either way, no proxy. */
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(LANG|LANGUAGE|LC_.*|NO_COLOR|FORCE_COLOR|COLUMNS|NODE_EXTRA_CA_CERTS|(https?|all|no)_proxy)$/i.test(key),
  ),
);

function httpexplain(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...baseEnv, LANG: 'C.UTF-8', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end(options.input ?? '');
  });
}

const servers = serversPerTest();
const { serve } = servers;

/** One line on standard error, no stack trace. */
function oneLine(stderr: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(STACK_TRACE);
}

describe('a URL, explained', () => {
  test('hops, the final answer in short, and the findings; exit 0 whatever the status', async () => {
    const server = await serve({
      '/old': { status: 301, headers: { Location: '/login', 'Cache-Control': 'max-age=600' } },
      '/login': { status: 401 },
    });
    const { stdout, stderr, status } = await httpexplain([server.url('/old')]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ESCAPE);
    expect(stdout).toMatch(new RegExp(`^GET ${server.url('/old')}\\n2 requests, \\d+ ms in all\\n`));
    expect(stdout).toContain(`1 GET ${server.url('/old')}\n  301 Moved Permanently · `);
    expect(stdout).toContain('  Location       /login\n  Cache-Control  max-age=600\n');
    expect(stdout).toContain('401 Unauthorized  4xx Client Error\nThe code 401 Unauthorized tells the client');
    expect(stdout).toContain('Full explanation: httpexplain 401');
    expect(stdout).toContain('Findings\nerror · hop 2\n401 Unauthorized without WWW-Authenticate\n  Why it matters  ');
  });

  test('--json: the documented shape', async () => {
    const server = await serve({ '/': { status: 302, headers: { Location: '/b' } }, '/b': { status: 503 } });
    const { stdout, status } = await httpexplain([server.url('/'), '--json']);
    expect(status).toBe(0);
    const trace = JSON.parse(stdout);
    expect(Object.keys(trace)).toEqual([
      'url',
      'method',
      'insecure',
      'hops',
      'final',
      'findings',
      'error',
      'ignoredProxy',
      'untranslated',
      'lang',
    ]);
    expect(trace.hops).toHaveLength(2);
    for (const hop of trace.hops)
      expect(Object.keys(hop)).toEqual(['url', 'method', 'status', 'reason', 'registeredReason', 'location', 'next', 'headers', 'timeMs']);
    expect(trace.hops[0]).toMatchObject({
      url: server.url('/'),
      status: 302,
      reason: 'Found',
      location: '/b',
      next: server.url('/b'),
      headers: {},
    });
    expect(typeof trace.hops[0].timeMs).toBe('number');
    expect(trace.final).toMatchObject({ code: 503, reason: 'Service Unavailable', class: '5xx' });
    expect(trace.findings).toEqual([
      {
        key: 'missing-retry-after',
        hop: 2,
        severity: 'info',
        text: '503 Service Unavailable without Retry-After',
        why: expect.any(String),
        fix: expect.any(String),
      },
    ]);
    expect(trace.error).toBeNull();
  });

  test('a clean chain: no finding, said in a line', async () => {
    const server = await serve({
      '/': { status: 308, headers: { Location: '/home', 'Cache-Control': 'max-age=3600' } },
      '/home': { status: 200 },
    });
    const { stdout, status } = await httpexplain([server.url('/')]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/\nFindings: none, nothing to fix on this chain\.\n$/);
  });

  test('in French', async () => {
    const server = await serve({ '/': { status: 405 } });
    const { stdout } = await httpexplain([server.url('/'), '--lang', 'fr']);
    expect(stdout).toContain('Constats\nerreur · étape 1\n405 Method Not Allowed sans Allow\n  Pourquoi c’est important  ');
  });

  test('--fail: exit 1 when the final status is 400 or more, 0 below', async () => {
    const server = await serve({ '/missing': { status: 404 }, '/ok': { status: 200 } });
    expect((await httpexplain([server.url('/missing'), '--fail'])).status).toBe(1);
    expect((await httpexplain([server.url('/missing')])).status).toBe(0);
    expect((await httpexplain([server.url('/ok'), '--fail'])).status).toBe(0);
  });

  test('-X, -H and -d as curl has them; --no-follow; --max-redirs', async () => {
    const server = await serve({ '/form': { status: 307, headers: { Location: '/done' } }, '/done': { status: 201 } });
    const { status } = await httpexplain([server.url('/form'), '-X', 'PUT', '-H', 'X-Request-Id: 42', '-d', 'name=value']);
    expect(status).toBe(0);
    expect(server.requests.map(({ method, body, headers }) => [method, body, headers['x-request-id'], headers['content-type']])).toEqual([
      ['PUT', 'name=value', '42', 'application/x-www-form-urlencoded'],
      ['PUT', 'name=value', '42', 'application/x-www-form-urlencoded'],
    ]);
    const first = JSON.parse((await httpexplain([server.url('/form'), '--no-follow', '--json'])).stdout);
    expect(first.hops).toHaveLength(1);
    expect(first.final.code).toBe(307);
    const limited = await httpexplain([server.url('/form'), '--max-redirs', '0', '--json']);
    expect(limited.status).toBe(3);
    expect(JSON.parse(limited.stdout).error.code).toBe('tooManyRedirects');
  });

  test('several URLs: in the order given, an array with --json', async () => {
    const server = await serve({ '/a': { status: 200 }, '/b': { status: 404 }, '/c': { status: 204 } });
    const { stdout, status } = await httpexplain([server.url('/a'), server.url('/b'), server.url('/c'), '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).map((trace: { final: { code: number } }) => trace.final.code)).toEqual([200, 404, 204]);
    const text = (await httpexplain([server.url('/a'), server.url('/b')])).stdout;
    expect(text.indexOf(`GET ${server.url('/a')}\n`)).toBeLessThan(text.indexOf(`GET ${server.url('/b')}\n`));
  });
});

describe('no final answer: exit 3, the hops so far, the cause in one line', () => {
  test('a refused port after a redirect', async () => {
    const port = await closedPort();
    const server = await serve({ '/': { status: 302, headers: { Location: `http://127.0.0.1:${port}/next` } } });
    const { stdout, stderr, status } = await httpexplain([server.url('/')]);
    expect(status).toBe(3);
    oneLine(stderr);
    expect(stderr).toBe(`httpexplain: ${server.url('/')}: 127.0.0.1:${port} refused the connection\n`);
    expect(stdout).toContain(`1 GET ${server.url('/')}\n  302 Found`);
    expect(stdout).toContain(`No final answer (127.0.0.1:${port} refused the connection)`);
  });

  test('with --json: the trace with its error on standard output, the line on standard error', async () => {
    const port = await closedPort();
    const { stdout, stderr, status } = await httpexplain([`http://127.0.0.1:${port}/`, '--json']);
    expect(status).toBe(3);
    oneLine(stderr);
    expect(JSON.parse(stdout)).toMatchObject({ hops: [], final: null, findings: [], error: { code: 'refused', exitCode: 3 } });
  });

  test('a silent server: -m bounds the time', async () => {
    const server = await startServerThatNeverAnswers();
    const start = Date.now();
    const { stderr, status } = await httpexplain([`http://127.0.0.1:${server.port}/`, '-m', '0.5']);
    expect(status).toBe(3);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(stderr).toMatch(/no answer within 0\.5 s \(-m, --max-time\)\n$/);
  });

  test('a loop', async () => {
    const server = await serve({ '/a': { status: 302, headers: { Location: '/b' } }, '/b': { status: 302, headers: { Location: '/a' } } });
    const { stdout, stderr, status } = await httpexplain([server.url('/a')]);
    expect(status).toBe(3);
    oneLine(stderr);
    expect(stdout).toContain('Redirect loop: hop 2 leads back to hop 1');
  });

  test('an untrusted certificate is a TLS error; trusted, it is not; -k goes on, loudly', async () => {
    const secure = await serve({ '/': { status: 200 } }, { tls: true });
    const refused = await httpexplain([secure.url('/')]);
    expect(refused.status).toBe(3);
    oneLine(refused.stderr);
    expect(refused.stderr).toMatch(/the TLS connection to 127\.0\.0\.1:\d+ failed \([A-Z_]+\); -k skips the certificate check/);
    expect((await httpexplain([secure.url('/')], { env: { NODE_EXTRA_CA_CERTS: TLS.caFile } })).status).toBe(0);
    const insecure = await httpexplain([secure.url('/'), '-k']);
    expect(insecure.status).toBe(0);
    expect(insecure.stdout.split('\n').slice(0, 4).join('\n')).toContain('Insecure (-k): TLS certificates are not verified');
    expect(JSON.parse((await httpexplain([secure.url('/'), '-k', '--json'])).stdout).insecure).toBe(true);
  });
});

/** A server that accepts connections and never says a word. */
async function startServerThatNeverAnswers(): Promise<TestServer> {
  const { startRawServer } = await import('../trace/servers');
  const server = await startRawServer(() => undefined);
  servers.keep(server);
  return server;
}

describe('safety', () => {
  test('-H Authorization and -H Cookie are not sent to another origin on a redirect (CVE-2018-1000007, CVE-2022-27776)', async () => {
    const other = await serve({ '/': { status: 200 } });
    const first = await serve({ '/': { status: 302, headers: { Location: other.url('/') } } });
    const { stdout, status } = await httpexplain([
      first.url('/'),
      '-H',
      'Authorization: Bearer s3cret-token',
      '-H',
      'Cookie: session=abc',
      '-H',
      'X-Kept: yes',
    ]);
    expect(status).toBe(0);
    expect(first.requests[0].headers).toMatchObject({ authorization: 'Bearer s3cret-token', cookie: 'session=abc', 'x-kept': 'yes' });
    expect(other.requests[0].headers.authorization).toBeUndefined();
    expect(other.requests[0].headers.cookie).toBeUndefined();
    expect(other.requests[0].headers['x-kept']).toBe('yes');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Hop 1 redirects to another origin, where httpexplain does not send Authorization and Cookie',
    );
    expect(stdout).not.toContain('s3cret');
  });

  test('credentials in the URL are sent to its origin, and never printed', async () => {
    const server = await serve({ '/': { status: 404 } });
    const url = server.url('/').replace('http://', 'http://alice:pa55word@');
    for (const args of [[url], [url, '--json']]) {
      const { stdout, stderr } = await httpexplain(args);
      expect(stdout + stderr).not.toMatch(/pa55word|alice/);
    }
    expect(server.requests[0].headers.authorization).toBe(`Basic ${Buffer.from('alice:pa55word').toString('base64')}`);
    const port = await closedPort();
    const failed = await httpexplain([`http://alice:pa55word@127.0.0.1:${port}/`]);
    expect(failed.stdout + failed.stderr).not.toMatch(/pa55word|alice/);
  });

  test('a hostile reason phrase and Location values are printed with their escape sequences escaped', async () => {
    // Bytes as sent: the Location ends with U+202E (right-to-left override) in UTF-8, the reason holds C1 0x9B (CSI).
    const hostile = await rawResponse(
      Buffer.from(
        'HTTP/1.1 302 \u001b]0;pwned\u0007\u001b[2J\u009b31m\r\nLocation: /next\u00e2\u0080\u00ae\r\nStrict-Transport-Security: max-age=60\u00e2\u0080\u00ae\r\nContent-Length: 0\r\n\r\n',
        'latin1',
      ),
    );
    servers.keep(hostile);
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      const { stdout, stderr } = await httpexplain([hostile.url('/'), '--no-follow'], { env });
      expect(stdout + stderr).not.toMatch(/\u001b\]|\u001b\[2J|\u0007|\u009b|\u202e/);
      expect(stdout.replace(/\u001b\[\d+m/g, '')).toContain('302 \\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m (registered: Found)');
      expect(stdout.replace(/\u001b\[\d+m/g, '')).toContain(
        'Location                   /next\\u202e (not followed)\n  Strict-Transport-Security  max-age=60\\u202e\n',
      );
    }
    const json = (await httpexplain([hostile.url('/'), '--no-follow', '--json'])).stdout;
    expect(json).not.toMatch(/\u0007|\u009b|\u202e/);
    expect(JSON.parse(json).hops[0]).toMatchObject({
      location: '/next\u202e',
      headers: { 'Strict-Transport-Security': 'max-age=60\u202e' },
    });
  });

  test('a Location with raw escape bytes: refused by the HTTP parser, one line', async () => {
    const hostile = await rawResponse('HTTP/1.1 302 Found\r\nLocation: /\u001b[31mred\r\nContent-Length: 0\r\n\r\n');
    servers.keep(hostile);
    const { stdout, stderr, status } = await httpexplain([hostile.url('/')]);
    expect(status).toBe(3);
    oneLine(stderr);
    expect(stdout + stderr).not.toMatch(/\u001b\[31m/);
  });

  test('only http and https; nothing mixed with codes; URL options with codes are refused', async () => {
    const cases: [string[], RegExp][] = [
      [['ftp://127.0.0.1/file'], /^httpexplain: "ftp:\/\/127\.0\.0\.1\/file": only http and https URLs can be traced\n$/],
      [['http://exa mple.test/'], /is not a valid URL/],
      [['http://127.0.0.1:1/', '404'], /give URLs or status codes, not both/],
      [['404', '-X', 'POST'], /^httpexplain: -X applies only to URLs\n$/],
      [['404', '--no-follow'], /--no-follow applies only to URLs/],
      [['http://127.0.0.1:1/', '-H', 'no colon'], /a header is written "Name: value"/],
      [['http://127.0.0.1:1/', '-m', 'soon'], /-m expects a number of seconds, not "soon"/],
      [['http://127.0.0.1:1/', '--max-redirs', '-1'], /--max-redirs expects a whole number/],
      [['http://127.0.0.1:1/', '-X', 'GET /'], /is not an HTTP method/],
    ];
    for (const [args, message] of cases) {
      const { stdout, stderr, status } = await httpexplain(args);
      expect([args, status]).toEqual([args, 2]);
      expect(stderr).toMatch(message);
      oneLine(stderr);
      expect(stdout).toBe('');
    }
  });

  test('a proxy variable is said to be ignored: Node has no proxy support', async () => {
    const server = await serve({ '/': { status: 200 } });
    const { stdout } = await httpexplain([server.url('/')], { env: { http_proxy: 'http://127.0.0.1:9/' } });
    expect(stdout).toContain('http_proxy is set, but httpexplain does not use proxies');
    const exempt = await httpexplain([server.url('/'), '--json'], { env: { http_proxy: 'http://127.0.0.1:9/', NO_PROXY: '127.0.0.1' } });
    expect(JSON.parse(exempt.stdout).ignoredProxy).toBeNull();
  });
});

describe('batch: one URL per line', () => {
  test('NDJSON in the order of the lines, a few at a time; a bad line reported and the run goes on', async () => {
    const server = await serve({
      '/slow': (_, response) => setTimeout(() => response.writeHead(200).end(), 300),
      '/fast': { status: 204 },
      '/gone': { status: 410 },
    });
    const lines = [server.url('/slow'), ...Array.from({ length: 8 }, () => server.url('/fast')), 'not a url', server.url('/gone'), ''];
    const { stdout, stderr, status } = await httpexplain(['--json'], { input: lines.join('\n') });
    expect(status).toBe(1);
    const objects = jsonLines(stdout);
    expect(objects.map((object) => object.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, undefined, 11]);
    expect(objects.map((object) => object.final?.code ?? object.error.code)).toEqual([
      200,
      204,
      204,
      204,
      204,
      204,
      204,
      204,
      204,
      'notAUrl',
      410,
    ]);
    expect(objects[9]).toEqual({
      error: { code: 'notAUrl', message: 'line 10: "not a url" is not an http or https URL: give one URL per line', exitCode: 1, line: 10 },
    });
    expect(stderr).toBe('httpexplain: line 10: "not a url" is not an http or https URL: give one URL per line\n');
    expect(server.maxConcurrent).toBeLessThanOrEqual(4);
    expect(server.maxConcurrent).toBeGreaterThan(1);
  });

  test('--fail and a URL without answer give their exit codes; text answers are separated by a blank line', async () => {
    const server = await serve({ '/missing': { status: 404 } });
    const port = await closedPort();
    const failed = await httpexplain(['--fail'], { input: `${server.url('/missing')}\n` });
    expect(failed.status).toBe(1);
    const noAnswer = await httpexplain([], { input: `${server.url('/missing')}\nhttp://127.0.0.1:${port}/\n` });
    expect(noAnswer.status).toBe(3);
    expect(noAnswer.stdout).toContain(`\n\nGET http://127.0.0.1:${port}/\n`);
  });

  test('input that does not start with a URL is a batch of codes, as before', async () => {
    const { stdout, status } = await httpexplain(['--json'], { input: '\n404\nHTTP/1.1 301 Moved Permanently\n' });
    expect(status).toBe(0);
    expect(jsonLines(stdout).map((answer) => answer.code)).toEqual([404, 301]);
  });
});

describe('code lookups do not pay for URLs', () => {
  test('httpexplain 404 loads none of node:http, node:https, node:tls', () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpdiff-modules-'));
    const hook = join(dir, 'modules.cjs');
    const out = join(dir, 'modules.txt');
    writeFileSync(
      hook,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`,
    );
    for (const args of [['404'], ['404', '--json'], ['301', '302']]) {
      expect(run('httpexplain', args, { nodeFlags: ['--require', hook] }).status).toBe(0);
      const loaded = readFileSync(out, 'utf8').split('\n');
      expect(loaded.filter((name) => /^NativeModule (https?|tls|_http_\w+|_tls_\w+)$/.test(name))).toEqual([]);
    }
  });

  test('--help documents the URL options and exit code 3', () => {
    const { stdout } = run('httpexplain', ['--help']);
    for (const option of [
      '-X, --request <method>',
      '-H, --header <header>',
      '-d, --data <data>',
      '--max-redirs <num>',
      '-m, --max-time <seconds>',
      '--no-follow',
      '-k, --insecure',
      '--fail',
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/\n {2}3 +a URL got no final HTTP answer/);
  });
});

describe('the README session', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Live URLs'));
  const block = /```console\n\$ node -e '\n([\s\S]*?)' &\n\$ (httpexplain [^\n]+)\n([\s\S]*?)```/.exec(section);

  test('is there', () => expect(block).not.toBeNull());

  test('is what the tool prints against the README server (times aside)', async () => {
    const [, code, commandLine, output] = block!;
    // The README's server, as the README starts it, but on a free port, which it then tells.
    const onFreePort = code.replace(
      '.listen(18080, "127.0.0.1")',
      '.listen(0, "127.0.0.1", function () { process.stdout.write(this.address().port + "\\n"); })',
    );
    expect(onFreePort).not.toBe(code);
    const server = spawn(process.execPath, ['-e', onFreePort], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        server.stdout.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
        server.once('exit', (status) => reject(new Error(`the README's server exited (${status})`)));
      });
      const args = commandLine
        .split(' ')
        .slice(1)
        .map((arg) => arg.replace('127.0.0.1:18080', `127.0.0.1:${port}`));
      const { stdout, status } = await httpexplain(args);
      expect(status).toBe(0);
      const normalize = (text: string) => text.replaceAll(`127.0.0.1:${port}`, '127.0.0.1:18080').replace(/\d+ ms/g, 'N ms');
      expect(normalize(stdout)).toBe(normalize(output));
    } finally {
      server.kill();
    }
  });
});
