import { STATUS_CODES } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { namesOf, normalizeName } from '../../src/kb/names';
import { CLASS_KEYS, classOf } from '../../src/kb/types';

const kb = new KnowledgeBase();
const iana = JSON.parse(readFileSync(join(__dirname, '../../data/sources/iana.json'), 'utf8')).codes as Record<string, { description: string; reference: string }>;
const registered = (code: number) => kb.code(code)?.registration ?? undefined;
const vendorMeanings = (code: number) => kb.code(code)?.meanings ?? [];
const knownCodes = kb.list().map((entry) => entry.code);
const registeredCodes = kb.list().filter((entry) => entry.official).map((entry) => entry.code);

describe('against the IANA HTTP Status Code Registry (data/sources/iana.json)', () => {
  test.each(Object.entries(iana))('%s is present with its exact registered phrase', (code, { description }) => {
    const facts = registered(Number(code));
    expect(facts).toBeDefined();
    // IANA appends the registration's state to the phrase: "(OBSOLETED)", "(TEMPORARY - registered ...)".
    const state = / \((OBSOLETED|TEMPORARY)[^)]*\)$/.exec(description);
    expect(facts!.reason).toBe(state ? description.slice(0, state.index) : description);
    if (state?.[1] === 'OBSOLETED') expect(facts!.status).toBe('obsolete');
    if (state?.[1] === 'TEMPORARY') expect(facts!.status).toBe('temporary');
    if (description === '(Unused)') expect(facts!.status).toBe('unused');
  });

  test.each(Object.entries(iana))('%s is defined in the document (and section) the registry refers to', (code, { reference }) => {
    const { document, section } = registered(Number(code))!.spec;
    // "[RFC9110, Section 15.5.5]", "[RFC6585]", "[draft-ietf-httpbis-resumable-upload-05]"
    const [, registeredDocument, registeredSection] = /^\[([^,\]]+)(?:, Section ([\d.]+))?\]/.exec(reference)!;
    expect(document.replace(' ', '')).toBe(registeredDocument);
    if (registeredSection) expect(section).toBe(registeredSection);
  });

  test('holds no registered code that IANA does not list', () => {
    expect(registeredCodes.map(String).sort()).toEqual(Object.keys(iana).sort());
  });
});

describe("against Node's http.STATUS_CODES", () => {
  // Node still uses some pre-RFC 9110 names (413 Payload Too Large, 422 Unprocessable Entity, 418 I'm a Teapot)
  // and knows 509, which no RFC registers: each must be one of our names for that code.
  test.each(Object.entries(STATUS_CODES))('%s %s is known under that name', (code, name) => {
    const registration = registered(Number(code));
    const names = [
      ...(registration ? [registration.reason, ...namesOf(registration)] : []),
      ...vendorMeanings(Number(code)).map((meaning) => meaning.reason),
    ].map(normalizeName);
    expect(names).toContain(normalizeName(name!));
  });

  test('names where Node differs from IANA are IANA\'s former ones, or other names (418)', () => {
    expect(registered(413)!.formerReasons).toContain('Payload Too Large');
    expect(registered(422)!.formerReasons).toContain('Unprocessable Entity');
    expect(registered(418)!.aliases).toContain("I'm a teapot");
  });
});

describe('sections of RFC 9110', () => {
  test.each(CLASS_KEYS)('%s: its section is the one under which RFC 9110 defines its codes', (cls) => {
    const spec = kb.classSpec(cls);
    expect(spec.url).toBe(`https://www.rfc-editor.org/rfc/rfc9110#section-${spec.section}`);
    const sections = registeredCodes
      .filter((code) => classOf(code) === cls && registered(code)!.spec.document === 'RFC 9110')
      .map((code) => registered(code)!.spec.section);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((section) => !section.startsWith(`${spec.section}.`))).toEqual([]);
  });
});

describe('keys that are not codes', () => {
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%s is not a code nor a comparison', (key) => {
    expect(kb.code(key as unknown as number)).toBeUndefined();
    expect(kb.comparison(key)).toBeUndefined();
    expect(Object.hasOwn(kb.names.names, key)).toBe(false);
  });
});

describe('references between facts', () => {
  const known = new Set(knownCodes);
  test.each(knownCodes)('%s relates only to known codes, not itself', (code) => {
    const behaviours = [registered(code), ...vendorMeanings(code)].filter((facts) => facts !== undefined);
    for (const facts of behaviours) {
      for (const related of facts.related) {
        expect(known.has(related)).toBe(true);
        expect(related).not.toBe(code);
      }
    }
  });

  test('every curated comparison names known, different codes in ascending order', () => {
    const keys = new Set(knownCodes.flatMap((code) => kb.code(code)!.comparisons));
    expect(keys.size).toBeGreaterThan(0);
    for (const key of keys) {
      const { codes } = kb.comparison(key)!;
      expect([...codes].sort((a, b) => a - b)).toEqual(codes);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(known.has(code)).toBe(true);
    }
  });

  test('vendor meaning ids are unique within a code', () => {
    for (const code of knownCodes) {
      const ids = vendorMeanings(code).map((meaning) => meaning.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
