import { STATUS_CODES } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase, classOf } from '../../src/data/knowledgeBase';
import { CLASS_KEYS } from '../../src/data/types';
import { normalizeName } from '../../src/resolve/resolve';

const kb = new KnowledgeBase();
const iana = JSON.parse(readFileSync(join(kb.dataDir, 'sources/iana.json'), 'utf8')).codes as Record<string, { description: string; reference: string }>;

describe('against the IANA HTTP Status Code Registry (data/sources/iana.json)', () => {
  test.each(Object.entries(iana))('%s is present with its exact registered phrase', (code, { description }) => {
    const facts = kb.registered(Number(code));
    expect(facts).toBeDefined();
    // IANA appends the registration's state to the phrase: "(OBSOLETED)", "(TEMPORARY - registered ...)".
    const state = / \((OBSOLETED|TEMPORARY)[^)]*\)$/.exec(description);
    expect(facts!.reason).toBe(state ? description.slice(0, state.index) : description);
    if (state?.[1] === 'OBSOLETED') expect(facts!.status).toBe('obsolete');
    if (state?.[1] === 'TEMPORARY') expect(facts!.status).toBe('temporary');
    if (description === '(Unused)') expect(facts!.status).toBe('unused');
  });

  test.each(Object.entries(iana))('%s is defined in the document (and section) the registry refers to', (code, { reference }) => {
    const { document, section } = kb.registered(Number(code))!.spec;
    // "[RFC9110, Section 15.5.5]", "[RFC6585]", "[draft-ietf-httpbis-resumable-upload-05]"
    const [, registeredDocument, registeredSection] = /^\[([^,\]]+)(?:, Section ([\d.]+))?\]/.exec(reference)!;
    expect(document.replace(' ', '')).toBe(registeredDocument);
    if (registeredSection) expect(section).toBe(registeredSection);
  });

  test('holds no registered code that IANA does not list', () => {
    expect(kb.registeredCodes().map(String).sort()).toEqual(Object.keys(iana).sort());
  });
});

describe("against Node's http.STATUS_CODES", () => {
  // Node still uses some pre-RFC 9110 names (413 Payload Too Large, 422 Unprocessable Entity, 418 I'm a Teapot)
  // and knows 509, which no RFC registers: each must be one of our names for that code.
  test.each(Object.entries(STATUS_CODES))('%s %s is known under that name', (code, name) => {
    const registered = kb.registered(Number(code));
    const names = [
      ...(registered ? [registered.reason, ...registered.aliases] : []),
      ...kb.vendorMeanings(Number(code)).map((meaning) => meaning.reason),
    ].map(normalizeName);
    expect(names).toContain(normalizeName(name!));
  });

  test('names where Node differs from IANA are aliases', () => {
    expect(kb.registered(413)!.aliases).toContain('Payload Too Large');
    expect(kb.registered(422)!.aliases).toContain('Unprocessable Entity');
  });
});

describe('sections of RFC 9110', () => {
  test.each(CLASS_KEYS)('%s: its section is the one under which RFC 9110 defines its codes', (cls) => {
    const spec = kb.classSpec(cls);
    expect(spec.url).toBe(`https://www.rfc-editor.org/rfc/rfc9110#section-${spec.section}`);
    const sections = kb.registeredCodes()
      .filter((code) => classOf(code) === cls && kb.registered(code)!.spec.document === 'RFC 9110')
      .map((code) => kb.registered(code)!.spec.section);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((section) => !section.startsWith(`${spec.section}.`))).toEqual([]);
  });
});

describe('keys that are not codes', () => {
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%s is not a code', (key) => {
    // Facts are kept in Maps: a plain object would answer these keys with its prototype.
    expect(kb.vendorMeanings(key as unknown as number)).toEqual([]);
    expect(kb.pairs.has(key)).toBe(false);
  });
});

describe('references between facts', () => {
  const known = new Set(kb.knownCodes());
  test.each(kb.knownCodes())('%s relates only to known codes, not itself', (code) => {
    const behaviours = [kb.registered(code), ...kb.vendorMeanings(code)].filter((facts) => facts !== undefined);
    for (const facts of behaviours) {
      for (const related of facts!.related) {
        expect(known.has(related)).toBe(true);
        expect(related).not.toBe(code);
      }
    }
  });

  test('every curated comparison names known, different codes in ascending order', () => {
    for (const key of kb.pairs.keys()) {
      const codes = key.split('-').map(Number);
      expect([...codes].sort((a, b) => a - b)).toEqual(codes);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(known.has(code)).toBe(true);
    }
  });

  test('vendor meaning ids are unique within a code', () => {
    for (const code of kb.knownCodes()) {
      const ids = kb.vendorMeanings(code).map((meaning) => meaning.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
