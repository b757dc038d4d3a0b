import { KnowledgeBase } from '../../src/kb/knowledgeBase';

const kb = new KnowledgeBase();
const registeredCodes = kb.list().filter((entry) => entry.official).map((entry) => entry.code);
const facts = (code: number) => {
  const registered = kb.code(code)?.registration;
  if (!registered) throw new Error(`${code} is not registered`);
  return registered;
};
const vendorMeanings = (code: number) => kb.code(code)?.meanings ?? [];

describe('facts from RFC 9110 and related RFCs, for a sample of codes', () => {
  test('heuristically cacheable codes are those of RFC 9110 section 15.1, plus 451 (RFC 7725 section 3)', () => {
    const cacheable = registeredCodes.filter((code) => facts(code).cacheableByDefault);
    expect(cacheable).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
  });

  test.each([
    [301, { permanent: true, method: 'post-may-become-get' }],
    [302, { permanent: false, method: 'post-may-become-get' }],
    [303, { permanent: false, method: 'becomes-get' }],
    [307, { permanent: false, method: 'kept' }],
    [308, { permanent: true, method: 'kept' }],
    [304, null],
    [300, null],
    [200, null],
  ])('%s redirect: %j', (code, redirect) => {
    expect(facts(code).redirect).toEqual(redirect);
  });

  test.each([
    [401, 'WWW-Authenticate'],
    [407, 'Proxy-Authenticate'],
    [405, 'Allow'],
    [416, 'Content-Range'],
    [206, 'Content-Range'],
    [503, 'Retry-After'],
    [429, 'Retry-After'],
    [426, 'Upgrade'],
    [301, 'Location'],
    [201, 'Location'],
  ])('%s goes with the %s response header', (code, header) => {
    expect(facts(code).responseHeaders.map((field) => field.name)).toContain(header);
  });

  test.each([
    [401, 'WWW-Authenticate'],
    [405, 'Allow'],
    [407, 'Proxy-Authenticate'],
    [426, 'Upgrade'],
  ])('%s must be sent with %s', (code, header) => {
    expect(facts(code).responseHeaders).toContainEqual({ name: header, requirement: 'must' });
  });

  test.each([
    [412, 'If-Match'],
    [428, 'If-Match'],
    [417, 'Expect'],
    [100, 'Expect'],
    [401, 'Authorization'],
  ])('%s answers a request that carried %s, a request header that is not among its response headers', (code, header) => {
    expect(facts(code).requestHeaders).toContain(header);
    expect(facts(code).responseHeaders.map((field) => field.name)).not.toContain(header);
  });

  test('every after-delay code says when with Retry-After, or is a vendor code that cannot', () => {
    const delayed = registeredCodes.filter((code) => facts(code).retry === 'after-delay');
    for (const code of delayed) {
      if (code === 423) continue; // a lock's expiry is in the lock, not in Retry-After
      expect(facts(code).responseHeaders.map((field) => field.name)).toContain('Retry-After');
    }
  });

  test('1xx, 204, 205 and 304 carry no body', () => {
    const bodiless = registeredCodes.filter((code) => !facts(code).bodyAllowed);
    expect(bodiless).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
  });

  test.each([
    [510, 'obsolete'],
    [104, 'temporary'],
    [306, 'unused'],
    [418, 'unused'],
    [305, 'deprecated'],
    [404, 'active'],
  ])('%s has status %s', (code, status) => {
    expect(facts(code).status).toBe(status);
  });

  test.each([
    [303, 'RFC 9110', '15.4.4'],
    [422, 'RFC 9110', '15.5.21'],
    [429, 'RFC 6585', '4'],
    [451, 'RFC 7725', '3'],
  ])('%s is defined in %s section %s', (code, document, section) => {
    expect(facts(code).spec).toMatchObject({ document, section });
    expect(facts(code).spec.url).toContain(`#section-${section}`);
  });

  test('names IANA registered before are former reasons; names it never registered are aliases', () => {
    expect(facts(413).formerReasons).toEqual(expect.arrayContaining(['Payload Too Large', 'Request Entity Too Large']));
    expect(facts(416).formerReasons).toContain('Requested Range Not Satisfiable');
    expect(facts(414).formerReasons).toContain('Request-URI Too Long');
    expect(facts(302).aliases).toContain('Moved Temporarily');
    expect(facts(418).aliases).toContain("I'm a teapot");
  });

  test('fault and retry follow the class', () => {
    expect(facts(401).retry).toBe('after-auth');
    expect(facts(503).retry).toBe('after-delay');
    expect(facts(410).retry).toBe('never');
    expect(facts(502).fault).toBe('upstream');
    expect(facts(504).fault).toBe('upstream');
    expect(facts(500).fault).toBe('server');
    expect(facts(400).fault).toBe('client');
  });
});

describe('vendor meanings', () => {
  test.each([
    [444, 'nginx'], [494, 'nginx'], [495, 'nginx'], [496, 'nginx'], [497, 'nginx'],
    [520, 'Cloudflare'], [521, 'Cloudflare'], [522, 'Cloudflare'], [523, 'Cloudflare'], [524, 'Cloudflare'],
    [525, 'Cloudflare'], [526, 'Cloudflare'], [527, 'Cloudflare'], [530, 'Cloudflare'],
    [460, 'AWS'], [463, 'AWS'], [464, 'AWS'], [561, 'AWS'],
    [440, 'Microsoft'], [449, 'Microsoft'], [450, 'Microsoft'], [451, 'Exchange'],
    [419, 'Laravel'], [420, 'Twitter'], [218, 'Apache'], [498, 'Esri'], [499, 'Esri'], [509, 'cPanel'],
    [598, 'proxies'], [599, 'proxies'],
  ])('%s has a meaning from %s, with a source', (code, vendor) => {
    const names = kb.locale('en').codeTexts(code).meanings;
    const meaning = vendorMeanings(code).find((candidate) => {
      const name = names[candidate.id].texts.vendor!;
      return name.toLowerCase().includes(vendor.toLowerCase()) || (vendor === 'Microsoft' && /IIS|Exchange|Microsoft/.test(name));
    });
    expect(meaning).toBeDefined();
    expect(meaning!.sources[0]).toMatch(/^https:\/\//);
  });

  test('499 lists nginx first, then Cloudflare and Esri; 420 Twitter first', () => {
    expect(vendorMeanings(499).map((meaning) => meaning.id)).toEqual(['nginx', 'cloudflare', 'esri']);
    expect(vendorMeanings(420)[0].id).toBe('twitter');
    expect(vendorMeanings(420).length).toBeGreaterThan(1);
  });

  test('vendor codes do not shadow registrations: 451 is registered and also an Exchange meaning', () => {
    expect(facts(451).reason).toBe('Unavailable For Legal Reasons');
    expect(vendorMeanings(451).map((meaning) => meaning.id)).toContain('exchange');
  });
});

describe('curated comparisons', () => {
  // The pairs people confuse, as the comparison issue lists them, and the 3xx family as a whole.
  const required = [
    '401-403', '301-302', '301-308', '302-303', '302-307', '303-307', '307-308', '400-422', '409-422', '404-410',
    '429-503', '403-429', '500-502', '502-504', '500-503', '200-201', '200-204', '201-202', '202-303', '200-304',
    '405-501', '406-415', '408-504', '410-451', '413-414-431', '301-302-303-307-308',
  ];
  test.each(required)('%s is curated, with references and evidence', (key) => {
    const comparison = kb.comparison(key);
    expect(comparison?.sources.length).toBeGreaterThan(0);
    expect(comparison?.evidence.length).toBeGreaterThan(0);
  });
});
