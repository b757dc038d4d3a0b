/**
 * Every comparison the shipped knowledge base can be asked for, in every shipped language: each pair of known codes
 * (official and vendor), checked as a reader would check it. One assertion per language, listing every problem, so
 * that ~5,000 pairs stay fast.
 */
import { compareCodes, type Comparison } from '../../src/domain/compare';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { BOTH, FILLER, recommendedCodes } from '../helpers/guidance';

const kb = new KnowledgeBase();
const known = kb.list().map((entry) => entry.code);
/** Codes nobody should be told to send: unused, obsolete, deprecated, and vendors' codes. */
const notToSend = new Set(kb.list().filter((entry) => !entry.official || ['unused', 'obsolete', 'deprecated'].includes(entry.status)).map((entry) => entry.code));
const pairs = known.flatMap((a, i) => known.slice(i + 1).map((b) => [a, b]));

/** The texts of a comparison that advise: its guidance, and the curated comparisons it lists. */
function advising(comparison: Comparison): string[] {
  const { guidance } = comparison;
  return [guidance.text, ...guidance.rules, guidance.ruleOfThumb ?? '', ...(guidance.pairs ?? []).flatMap((pair) => [pair.text, ...pair.rules, pair.ruleOfThumb])];
}

/** The texts the engine writes itself (not the curated ones, which may speak of two codes of a family). */
function generated(comparison: Comparison): string[] {
  const own = [comparison.title, ...comparison.differences.flatMap((difference) => difference.clauses)];
  return comparison.guidance.source === 'derived' ? [...own, comparison.summary, comparison.guidance.text] : own;
}

function problemsOf(comparison: Comparison): string[] {
  const problems: string[] = [];
  const [a, b] = comparison.entries;
  if (comparison.differences.length < 2 && a.summary === b.summary) problems.push('no key difference beyond the meaning, and the same meaning');
  const texts = [comparison.title, comparison.summary, ...comparison.differences.map((difference) => difference.text), ...advising(comparison)];
  for (const text of texts) for (const filler of FILLER) if (filler.test(text)) problems.push(`filler: ${text}`);
  for (const text of advising(comparison)) {
    const wrong = recommendedCodes(text).filter((code) => notToSend.has(code));
    if (wrong.length > 0) problems.push(`recommends ${wrong.join(', ')}: ${text}`);
  }
  return problems;
}

test('the check finds what recommends a code, and only that', () => {
  expect(recommendedCodes('Choose 418 (Unused) when you need a response that is reserved.')).toEqual([418]);
  expect(recommendedCodes('Do not send 305: it is deprecated; to redirect a request, use 307 or 308.')).toEqual([307, 308]);
  expect(recommendedCodes('N’envoyez pas 306\u00a0: redirigez avec 307. Envoyez 503, et non 509.')).toEqual([503]);
  expect(recommendedCodes("Cloudflare's logs use 499 the same way; clients should answer 419 by reloading.")).toEqual([]);
  expect(recommendedCodes('Use return 444 only in nginx, and error_page 495 and 496 for a page.')).toEqual([]);
  expect(recommendedCodes('No envíe 305: redirija con 307. Nunca use 499; use 504, en lugar de 509.')).toEqual([504]);
  expect(recommendedCodes('Não envie 306. Em APIs novas, use 429 em vez de 420; o cliente deve usar 419.')).toEqual([429]);
});

test('the knowledge base has the pairs to check', () => expect(pairs.length).toBeGreaterThan(4000));

test('every registered code and vendor meaning has its advice in English', () => {
  const missing = known.flatMap((code) => {
    const texts = kb.locale('en').codeTexts(code);
    return [texts.registration?.texts, ...Object.values(texts.meanings).map((meaning) => meaning.texts)].filter((t) => t !== undefined && !t.advice).map(() => code);
  });
  expect(missing).toEqual([]);
});

describe.each(kb.languages())('%s', (lang) => {
  test('every pair of known codes: an answer, a real difference, no filler, nothing recommended that should not be sent', () => {
    const problems: string[] = [];
    for (const codes of pairs) {
      try {
        for (const problem of problemsOf(compareCodes(kb, codes, lang))) problems.push(`${codes.join(' ')}: ${problem}`);
      } catch (error) {
        problems.push(`${codes.join(' ')}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('"both" only for two codes: three or more codes, in windows over every known code, and seven at once', () => {
    const sets = [...known.slice(0, -2).map((_, i) => known.slice(i, i + 3)), [200, 201, 204, 301, 404, 500, 503], [400, 401, 403, 404, 405, 409, 422]];
    const problems = sets.flatMap((codes) => generated(compareCodes(kb, codes, lang)).filter((text) => BOTH.test(text)).map((text) => `${codes.join(' ')}: ${text}`));
    expect(problems).toEqual([]);
  });
});
