import fc from 'fast-check';
import { sanitizeInput, toJson } from '../../src/render/sanitize';

/** Characters a terminal acts on or that hide text: Unicode categories Cc, Cf, Zl and Zp. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

test('control characters and escape sequences are shown escaped', () => {
  expect(sanitizeInput('a\u001b[31mred\u0007')).toBe('a\\u001b[31mred\\u0007');
  expect(sanitizeInput('\u202eevil')).toBe('\\u202eevil');
  expect(sanitizeInput('\u061c303')).toBe('\\u061c303');
  expect(sanitizeInput('\u200b\u200d\ufeff')).toBe('\\u200b\\u200d\\ufeff');
});

test('long input is cut, unless asked otherwise', () => {
  expect(sanitizeInput('x'.repeat(1000))).toHaveLength(61);
  expect(sanitizeInput('x'.repeat(1000), Infinity)).toHaveLength(1000);
});

test('JSON escapes C1, format and separator characters too, and stays valid JSON', () => {
  const text = toJson({ query: '\u009b31m \u202e \u2028 \u061c' });
  expect(text).toBe('{"query":"\\u009b31m \\u202e \\u2028 \\u061c"}');
  expect(JSON.parse(text)).toEqual({ query: '\u009b31m \u202e \u2028 \u061c' });
});

test('no text, whatever it holds, comes out with a character a terminal could act on', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) }),
  );
  fc.assert(
    fc.property(anyText, (text) => {
      expect(sanitizeInput(text, Infinity)).not.toMatch(UNSAFE);
      const json = toJson({ text });
      expect(json).not.toMatch(UNSAFE);
      expect(JSON.parse(json)).toEqual({ text });
    }),
    { numRuns: 3000 },
  );
});
