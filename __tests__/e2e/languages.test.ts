/**
 * Each complete language through the real bins, as its readers see it: no English sentence of ours left in the
 * text output (headings, labels, the engine's assembled sentences, help, errors), and nothing given in English for
 * want of a translation in the JSON output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPLETE, strings } from '../helpers/languages';
import { run, type Result } from './run';

const messages = (lang: string) => JSON.parse(readFileSync(join(__dirname, '../../data/locales', lang, 'messages.json'), 'utf8'));

/** The pieces of English messages between placeholders that are long enough to be sentences, not names. */
function englishFragments(lang: string): string[] {
  const own = new Set(strings(messages(lang)).map(([, text]) => text));
  return strings(messages('en'))
    .filter(([path, text]) => path !== 'language.name' && !own.has(text))
    .flatMap(([, text]) => text.split(/\{\w+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => (fragment.match(/\b[a-z]{2,}\b/g) ?? []).length >= 3);
}

const TEXT_COMMANDS: ['httpexplain' | 'httpdiff', string[]][] = [
  ['httpexplain', ['404']],
  ['httpexplain', ['308', '--ecosystems', 'all']],
  ['httpexplain', ['418']],
  ['httpexplain', ['4xx']],
  ['httpexplain', ['--list', '5xx']],
  ['httpexplain', ['-s', '503']],
  ['httpexplain', ['--help']],
  ['httpdiff', ['201', '410']],
  ['httpdiff', ['500', '502', '503', '504']],
  ['httpdiff', ['301', '302', '303', '307', '308']],
  ['httpdiff', ['401', '403', '--brief']],
  ['httpdiff', ['--help']],
];

const ERROR_COMMANDS: ['httpexplain' | 'httpdiff', string[]][] = [
  ['httpexplain', ['nosuchthing']],
  ['httpexplain', ['999']],
  ['httpexplain', ['404', '--color=sometimes']],
  ['httpdiff', ['404']],
  ['httpdiff', ['404', '404']],
];

describe.each(COMPLETE.filter((lang) => lang !== 'en'))('%s', (lang) => {
  const fragments = englishFragments(lang);
  const leaks = (output: string) => fragments.filter((fragment) => output.includes(fragment));

  test('the check knows the English it looks for', () => {
    expect(fragments.length).toBeGreaterThan(100);
  });

  test.each(TEXT_COMMANDS)('%s %j: no English sentence of ours', (bin, args) => {
    const { stdout, status } = run(bin, [...args, '--lang', lang]);
    expect(status).toBe(0);
    expect(leaks(stdout)).toEqual([]);
  });

  test.each(ERROR_COMMANDS)('%s %j: the error is in the language too', (bin, args) => {
    const { stderr }: Result = run(bin, [...args, '--lang', lang]);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(leaks(stderr)).toEqual([]);
  });

  test.each([
    ['httpexplain', ['404']],
    ['httpexplain', ['4xx']],
    ['httpdiff', ['201', '410']],
    ['httpdiff', ['200', '201', '202', '204']],
    ['httpdiff', ['429', '503']],
  ] as ['httpexplain' | 'httpdiff', string[]][])('%s %j --json: nothing given in English', (bin, args) => {
    const answer = JSON.parse(run(bin, [...args, '--json', '--lang', lang]).stdout);
    expect(answer.lang).toBe(lang);
    expect(answer.untranslated).toEqual([]);
  });
});
