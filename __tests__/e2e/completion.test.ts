import { spawnSync } from 'node:child_process';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { expectOneLineError, run } from './run';

describe('httpexplain completion', () => {
  test.each(['bash', 'zsh', 'fish'])('%s: a script naming both commands, the options, the languages and the codes', (shell) => {
    const { stdout, status } = run('httpexplain', ['completion', shell]);
    expect(status).toBe(0);
    for (const word of ['httpexplain', 'httpdiff', 'json', 'lang', 'brief', 'list', 'en', 'fr', '404', '499']) expect(stdout).toContain(word);
  });

  test.each(['zsh', 'fish'])('%s: codes are described by their reason phrase', (shell) => {
    expect(run('httpexplain', ['completion', shell]).stdout).toMatch(/404[:\t]Not Found/);
  });

  /** What bash offers for a command line ending where the cursor is. */
  function bashCompletes(words: string[]): string[] {
    const script = run('httpexplain', ['completion', 'bash']).stdout;
    const probe = `${script}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _httpdiff_${words[0]}; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync('bash', ['-c', probe], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    return result.stdout.split('\n').filter(Boolean);
  }

  test('bash completes codes, options, languages and shells, each command its own options', () => {
    expect(bashCompletes(['httpexplain', '40'])).toEqual(expect.arrayContaining(['400', '404', '408']));
    expect(bashCompletes(['httpexplain', '--l'])).toEqual(['--list', '--lang']);
    expect(bashCompletes(['httpdiff', '--b'])).toEqual(['--brief']);
    expect(bashCompletes(['httpdiff', '--li'])).toEqual([]);
    expect(bashCompletes(['httpdiff', '--lang', ''])).toEqual(new KnowledgeBase().languages());
    expect(bashCompletes(['httpdiff', '--color', ''])).toEqual(['auto', 'always', 'never']);
    expect(bashCompletes(['httpexplain', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  test('bash falls back to file names where nothing matches (complete -o default)', () => {
    expect(run('httpexplain', ['completion', 'bash']).stdout).toMatch(/complete -o default -F _httpdiff_httpexplain httpexplain/);
  });

  test('an unknown shell is a usage error', () => {
    expectOneLineError(run('httpexplain', ['completion', 'tcsh']), 2, /^httpexplain: unknown shell "tcsh": choose bash, zsh or fish\n$/);
  });
});
