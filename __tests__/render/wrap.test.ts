import fc from 'fast-check';
import { displayWidth, padEnd, wrap } from '../../src/render/wrap';

describe('wrap', () => {
  test('fills each line with as many words as fit', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 15)).toBe('the quick brown\nfox jumps over\nthe lazy dog');
  });

  test('starts every line with the indent, which counts in the width', () => {
    expect(wrap('the quick brown fox', 12, '  ')).toBe('  the quick\n  brown fox');
  });

  test('keeps the paragraphs of the text', () => {
    expect(wrap('one two\nthree', 20, '> ')).toBe('> one two\n> three');
  });

  test('cuts a word longer than a line into pieces, the last one going on with the next words', () => {
    expect(wrap('see example.com/abcdefghij ok', 10)).toBe('see\nexample.co\nm/abcdefgh\nij ok');
  });

  test('leaves a URL longer than a line whole, on a line of its own', () => {
    expect(wrap('see https://example.com/abcdef ok', 10)).toBe('see\nhttps://example.com/abcdef\nok');
  });

  test('never breaks at a non-breaking space', () => {
    expect(wrap('Règle\u00a0: un mot', 8)).toBe('Règle\u00a0:\nun mot');
  });

  test('a width too small for the indent still gives one character a line', () => {
    expect(wrap('abc', 2, '    ')).toBe('    a\n    b\n    c');
  });

  const words = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', '\u00a0'), minLength: 1, maxLength: 15 }), {
    minLength: 1,
    maxLength: 20,
  });
  const widths = fc.integer({ min: 1, max: 30 });

  test('no line is longer than the width; no character is lost or added', () => {
    fc.assert(
      fc.property(words, widths, (list, width) => {
        const lines = wrap(list.join(' '), width).split('\n');
        expect(lines.every((line) => line.length <= width)).toBe(true);
        expect(lines.join('').replace(/ /g, '')).toBe(list.join(''));
      }),
    );
  });

  test('greedy: the first word of a line would not have fitted on the line before', () => {
    fc.assert(
      fc.property(words, widths, (list, width) => {
        const lines = wrap(list.join(' '), width).split('\n');
        for (let i = 1; i < lines.length; i++) {
          const firstWord = lines[i].split(' ')[0];
          expect(lines[i - 1].length + 1 + firstWord.length).toBeGreaterThan(width);
        }
      }),
    );
  });
});

describe('wrap in Chinese and Japanese', () => {
  const japanese =
    'オリジンサーバーは要求された URI に何も見つけられず、その不在が一時的か恒久的かも示しません（恒久的であることを示すのは 410 です）。';
  test('breaks between characters, counting each as two columns', () => {
    const lines = wrap(japanese, 30).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.join('').replace(/ /g, '')).toBe(japanese.replace(/ /g, ''));
  });
  test('no line starts with closing punctuation, a small kana or the long-vowel mark, nor ends with an opening bracket', () => {
    for (let width = 6; width <= 40; width++) {
      for (const line of wrap(japanese, width).split('\n')) {
        expect(line).not.toMatch(/^[、。，．：；？！）」』ーっゃゅょァィゥェォッャュョ]/);
        expect(line).not.toMatch(/[（「『]$/);
      }
    }
  });
  test('Latin words inside stay whole', () => {
    expect(wrap('请检查 Content-Type 标头是否正确设置', 12).split('\n')).toContain('Content-Type');
  });
  test('displayWidth and padEnd count wide characters as two columns', () => {
    expect(displayWidth('未検出')).toBe(6);
    expect(displayWidth('Not Found')).toBe(9);
    expect(padEnd('重试', 6)).toBe('重试  ');
  });
});
