import { compareCodes } from '../../src/domain/compare';
import { UsageError } from '../../src/errors';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesFor } from '../../src/i18n/messages';
import { compileFixture } from '../fixtures/compileFixture';
import { BOTH, recommendedCodes } from '../helpers/guidance';

const { kb } = compileFixture();
const compare = (...codes: number[]) => compareCodes(kb, codes, 'en');
const difference = (codes: number[], key: string) => compare(...codes).differences.find((d) => d.key === key);
const row = (codes: number[], key: string) => compare(...codes).properties.find((p) => p.key === key)!;

describe('properties: a row per dimension, with each code’s fact', () => {
  test('the rows of every comparison, in table order', () => {
    expect(compare(301, 302).properties.map((p) => p.key)).toEqual([
      'class',
      'reason',
      'spec',
      'status',
      'redirect',
      'redirectMethod',
      'retry',
      'fault',
      'cacheableByDefault',
      'responseHeaders',
      'requestHeaders',
      'bodyAllowed',
      'reachesClient',
      'origin',
    ]);
  });

  test('raw facts, and whether the codes share them', () => {
    expect(row([303, 307], 'redirectMethod')).toMatchObject({ raw: ['becomes-get', 'kept'], same: false });
    expect(row([301, 302], 'cacheableByDefault')).toMatchObject({ raw: [true, false], same: false });
    expect(row([301, 302], 'redirectMethod')).toMatchObject({ raw: ['post-may-become-get', 'post-may-become-get'], same: true });
  });
});

describe('key differences', () => {
  test('the meaning first, then each dimension that differs, in the order of their rank', () => {
    const { differences, properties } = compare(404, 503);
    expect(differences.map((d) => d.key)).toEqual(['meaning', 'retry', 'fault', 'cacheableByDefault', 'responseHeaders', 'class']);
    for (const { key } of differences.slice(1)) expect(properties.find((p) => p.key === key)?.same).toBe(false);
  });

  test('a method difference speaks only of redirects', () => {
    expect(difference([301, 302], 'redirectMethod')).toBeUndefined();
    expect(difference([303, 307], 'redirectMethod')?.clauses).toHaveLength(2);
    expect(difference([200, 303], 'redirectMethod')).toBeUndefined();
  });

  test('codes sharing a value are said in one clause; a difference is the sentence of its clauses', () => {
    const method = difference([301, 302, 303, 307, 308], 'redirectMethod')!;
    expect(method.clauses).toHaveLength(3);
    expect(method.clauses[0]).toMatch(/^301 and 302 /);
    expect(method.clauses[2]).toMatch(/^307 and 308 /);
    expect(method.text).toBe(`${method.clauses.join('; ')}.`);
  });

  test('required response headers and request headers are told apart', () => {
    const headers = difference([401, 403], 'responseHeaders')!;
    expect(headers.clauses[0]).toMatch(/401 .*WWW-Authenticate/);
    expect(headers.clauses[0]).not.toMatch(/Authorization/);
    expect(difference([401, 403], 'requestHeaders')!.clauses[0]).toMatch(/401 .*Authorization/);
  });

  test('a code that only a log holds is contrasted with one the client receives', () => {
    expect(difference([499, 504], 'reachesClient')?.clauses).toHaveLength(2);
  });

  test('unassigned codes of one class mean the same, and are said together', () => {
    const meaning = compare(298, 299).differences[0];
    expect(meaning.clauses).toHaveLength(1);
  });
});

describe('guidance', () => {
  test('a curated comparison gives its texts, and its relation as the summary', () => {
    const comparison = compare(303, 302);
    const texts = kb.locale('en').comparisonTexts('302-303').texts;
    expect(comparison.summary).toBe(texts.relation);
    expect(comparison.guidance).toMatchObject({
      source: 'curated',
      text: texts.guidance,
      rules: texts.rules,
      ruleOfThumb: texts.ruleOfThumb,
    });
    expect(comparison.guidance.family).toBeUndefined();
  });

  test('more codes than a curated comparison covers: derived, with the curated ones among them listed', () => {
    const { guidance } = compare(302, 303, 500);
    expect(guidance.source).toBe('derived');
    expect(guidance.pairs?.map((pair) => pair.codes)).toEqual([[302, 303]]);
  });

  test('in another language, a curated text it lacks is given in English and named', () => {
    const comparison = compareCodes(kb, [401, 403], 'fr');
    expect(comparison.guidance.text).toBe(kb.locale('en').comparisonTexts('401-403').texts.guidance);
    expect(comparison.untranslated).toEqual(['guidance.text']);
    expect(compareCodes(kb, [302, 303], 'fr').untranslated).toEqual([]);
  });
});

describe('a curated family serves every comparison inside it', () => {
  const FAMILY = '301-302-303-307-308';
  const familyTexts = (lang = 'en') => kb.locale(lang).comparisonTexts(FAMILY).texts;

  test('its texts, marked curated and named, its rules focused on the codes compared', () => {
    const comparison = compare(308, 301);
    expect(comparison.summary).toBe(familyTexts().relation);
    expect(comparison.guidance).toMatchObject({
      source: 'curated',
      family: FAMILY,
      text: familyTexts().guidance,
      ruleOfThumb: familyTexts().ruleOfThumb,
      mistake: familyTexts().mistake,
    });
    expect(comparison.guidance.rules).toEqual(familyTexts().rules.filter((rule) => /^30[18] /.test(rule)));
    expect(comparison.links.map((link) => link.url)).toEqual(expect.arrayContaining(kb.comparison(FAMILY)!.sources));
  });

  test('in every language', () => {
    const comparison = compareCodes(kb, [307, 303], 'fr');
    expect(comparison.guidance).toMatchObject({ source: 'curated', family: FAMILY, ruleOfThumb: familyTexts('fr').ruleOfThumb });
    expect(comparison.guidance.rules).toEqual(familyTexts('fr').rules.filter((rule) => /\b30[37]\b/.test(rule)));
  });

  describe('with a smaller family, and rules about other codes or about none', () => {
    const variant = compileFixture((dir) => {
      const path = (lang: string, key: string) => join(dir, 'locales', lang, 'comparisons', `${key}.json`);
      const family = JSON.parse(readFileSync(path('en', FAMILY), 'utf8'));
      family.rules.push(
        'Keep your own links pointing at the final URI: every redirect costs a round trip.',
        'Answer 404, not a redirect, when nothing replaces the old URI.',
      );
      writeFileSync(path('en', FAMILY), JSON.stringify(family));
      writeFileSync(
        join(dir, 'comparisons', '301-307-308.json'),
        JSON.stringify({ sources: ['https://www.rfc-editor.org/rfc/rfc9110#section-15.4'], evidence: [] }),
      );
      writeFileSync(
        path('en', '301-307-308'),
        JSON.stringify({ ...family, relation: 'The smaller family.', rules: ['Use 307 or 308 to keep the method.', 'Use 301 for pages.'] }),
      );
    });
    const compareVariant = (...codes: number[]) => compareCodes(variant.kb, codes, 'en');

    test('a rule that names no code of the family is general and stays', () => {
      const { rules } = compareVariant(301, 302).guidance;
      expect(rules).toContain('Keep your own links pointing at the final URI: every redirect costs a round trip.');
      expect(rules).toContain('Answer 404, not a redirect, when nothing replaces the old URI.');
      expect(rules.filter((rule) => /^30[1-8] /.test(rule)).map((rule) => rule.slice(0, 3))).toEqual(['301', '302']);
    });

    test('the smallest family that holds them all', () => {
      expect(compareVariant(307, 308)).toMatchObject({
        summary: 'The smaller family.',
        guidance: { family: '301-307-308', rules: ['Use 307 or 308 to keep the method.'] },
      });
      expect(compareVariant(302, 307).guidance.family).toBe(FAMILY);
    });
  });
});

describe('derived guidance', () => {
  const m = messagesFor(kb, 'en');

  test('leads with the question that decides: the first key difference by rank that is not the meaning', () => {
    const comparison = compare(200, 500);
    const [, first] = comparison.differences;
    expect(comparison.guidance.source).toBe('derived');
    expect(comparison.guidance.text).toBe(
      m.text('compare.decides', {
        question: m.text(`compare.questions.${first.key}`),
        answer: m.text('grammar.contrastTwo', { 0: first.clauses[0], 1: first.clauses[1] }),
      }),
    );
  });

  test('then each code’s own advice, and no sentence template filled with its summary', () => {
    const comparison = compare(200, 500);
    expect(comparison.guidance.rules).toEqual(comparison.entries.map((entry) => entry.advice));
    for (const rule of comparison.guidance.rules) for (const entry of comparison.entries) expect(rule).not.toContain(entry.summary);
  });

  test('three or more: the first question, then what tells apart the codes that answer it alike', () => {
    const { text } = compare(500, 502, 504).guidance;
    expect(text).toMatch(/^What tells them apart first is which side is at fault: 500 .*, whereas 502 and 504 /);
    expect(text).toContain(m.text('compare.sameFactsAmongTwo', { codes: '502 and 504' }));
    expect(compare(200, 202, 500).guidance.text).toMatch(/ Between 200 and 202, it is /);
  });

  test('never recommends an unused, deprecated or vendor code: their own advice says what to send instead', () => {
    for (const lang of ['en', 'fr']) {
      const { guidance } = compareCodes(kb, [305, 306, 499, 503], lang);
      const recommended = [guidance.text, ...guidance.rules].flatMap(recommendedCodes);
      expect(recommended.length).toBeGreaterThan(0);
      expect(recommended.filter((code) => [305, 306, 499].includes(code))).toEqual([]);
    }
  });

  test('an unassigned code: do not send it, send the x00 code of its class', () => {
    const { guidance } = compare(298, 404);
    expect(guidance.rules[0]).toBe(m.text('compare.unassignedAdvice', { code: 298, fallback: '200 OK' }));
    expect(recommendedCodes(guidance.rules[0])).toEqual([200]);
    expect(compare(298, 299).guidance.text).toBe(m.text('compare.identical'));
  });

  test('advice a language lacks is given in English and named', () => {
    expect(compareCodes(kb, [200, 500], 'fr').untranslated).toEqual([]);
    const { kb: partial } = compileFixture((dir) => {
      const path = join(dir, 'locales', 'fr', 'codes', '5xx.json');
      const texts = JSON.parse(readFileSync(path, 'utf8'));
      delete texts[500].advice;
      writeFileSync(path, JSON.stringify(texts));
    });
    const comparison = compareCodes(partial, [200, 500], 'fr');
    expect(comparison.guidance.rules[1]).toBe(kb.locale('en').codeTexts(500).registration!.texts.advice);
    expect(comparison.untranslated).toEqual(['guidance.rules']);
  });
});

describe('grid', () => {
  test('the codes in the cells of the two facts the comparison declares, values in their declared order', () => {
    const { grid } = compare(301, 302, 303, 307, 308);
    expect(grid!.rows).toEqual({
      key: 'redirect',
      label: 'Redirect',
      values: [
        { value: 'permanent', label: 'permanent' },
        { value: 'temporary', label: 'temporary' },
      ],
    });
    expect(grid!.columns.key).toBe('redirectMethod');
    expect(grid!.columns.values.map((column) => column.value)).toEqual(['kept', 'post-may-become-get', 'becomes-get']);
    expect(grid!.cells).toEqual([
      [[308], [301], []],
      [[307], [302], [303]],
    ]);
  });

  test('served as a family subset: only the codes compared, and the values they have', () => {
    const { grid } = compare(303, 308);
    expect(grid!.rows.values.map((row) => row.value)).toEqual(['permanent', 'temporary']);
    expect(grid!.columns.values.map((column) => column.value)).toEqual(['kept', 'becomes-get']);
    expect(grid!.cells).toEqual([
      [[308], []],
      [[], [303]],
    ]);
  });

  test('labels in the language; none without a declaration', () => {
    expect(compareCodes(kb, [301, 308], 'fr').grid!.rows.label).toBe(messagesFor(kb, 'fr').text('labels.redirect'));
    expect(compare(302, 303).grid).toBeUndefined();
    expect(compare(200, 500).grid).toBeUndefined();
    expect(Object.keys(compare(200, 500))).not.toContain('grid');
  });
});

describe('wording for two, three and seven codes', () => {
  test('titles: two codes side by side, three or more as a list of the language', () => {
    expect(compare(200, 500).title).toBe('HTTP 200 OK vs 500 Internal Server Error');
    expect(compare(500, 502, 504).title).toBe('HTTP 500 Internal Server Error, 502 Bad Gateway, and 504 Gateway Timeout');
    expect(compareCodes(kb, [500, 502, 504], 'fr').title).toBe('HTTP 500 Internal Server Error, 502 Bad Gateway et 504 Gateway Timeout');
    expect(compareCodes(kb, [500, 502, 504], 'fr').title).not.toMatch(/ ou /);
  });

  test('"both" only for two codes', () => {
    expect(compare(500, 502).summary).toMatch(BOTH);
    for (const lang of ['en', 'fr']) {
      for (const codes of [
        [500, 502, 504],
        [200, 201, 202, 500, 502, 503, 504],
      ]) {
        const comparison = compareCodes(kb, codes, lang);
        const texts = [comparison.title, comparison.summary, ...comparison.differences.map((d) => d.text), comparison.guidance.text];
        expect(texts.filter((text) => BOTH.test(text))).toEqual([]);
      }
    }
  });
});

test('links: each code’s defining section, then the comparison’s sources', () => {
  const { links } = compare(302, 303);
  expect(links[0]).toEqual({ label: 'RFC 9110 §15.4.3 (302 Found)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3' });
  expect(links.map((link) => link.url)).toEqual(expect.arrayContaining(kb.comparison('302-303')!.sources));
});

test('the same code twice, or a single code, is a usage error', () => {
  expect(() => compare(404, 404)).toThrow(UsageError);
  expect(() => compare(404)).toThrow(UsageError);
});
