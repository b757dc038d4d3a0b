import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { expectOneLineError, run } from './run';

describe('httpexplain completion', () => {
  test.each(['bash', 'zsh', 'fish'])('%s: a script naming both commands, the options, the languages and the codes', (shell) => {
    const { stdout, status } = run('httpexplain', ['completion', shell]);
    expect(status).toBe(0);
    for (const word of ['httpexplain', 'httpdiff', 'json', 'lang', 'brief', 'list', 'en', 'fr', '404', '499'])
      expect(stdout).toContain(word);
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

/** The shells themselves, where installed (CI machines may have only bash): each sources our script and completes. */
describe('in the real shells', () => {
  const binDir = mkdtempSync(join(tmpdir(), 'httpdiff-bin-'));
  for (const name of ['httpexplain', 'httpdiff']) {
    writeFileSync(join(binDir, name), `#!/bin/sh\nexec "${process.execPath}" "${join(__dirname, '../../bin', `${name}.js`)}" "$@"\n`);
    chmodSync(join(binDir, name), 0o755);
  }
  const env = { ...process.env, PATH: `${binDir}:${process.env.PATH}`, HOME: binDir, LANG: 'C.UTF-8' };
  const installed = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
  const shellTest = (shell: string) => (installed(shell) ? test : test.skip);

  shellTest('fish')('fish: codes described by their reason phrases, shells after completion, languages after --lang', () => {
    const complete = (line: string) =>
      spawnSync('fish', ['-c', `httpexplain completion fish | source; complete -C "${line}"`], { encoding: 'utf8', env }).stdout;
    expect(complete('httpexplain 40')).toMatch(/^404\tNot Found$/m);
    expect(
      complete('httpexplain completion ')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')[0]),
    ).toEqual(['bash', 'fish', 'zsh']);
    expect(complete('httpdiff --lang ')).toMatch(/^fr\tFrançais$/m);
    expect(complete('httpdiff --br')).toMatch(/^--brief/m);
  });

  shellTest('zsh')('zsh: self-contained with eval (compinit run if needed), or as a #compdef file in fpath', () => {
    const zsh = (script: string) => spawnSync('zsh', ['-f', '-c', script], { encoding: 'utf8', env });
    expect(zsh('eval "$(httpexplain completion zsh)"; print -r -- $_comps[httpexplain] $_comps[httpdiff]')).toMatchObject({
      status: 0,
      stdout: '_httpdiff _httpdiff\n',
    });
    const fpath = mkdtempSync(join(tmpdir(), 'httpdiff-zsh-'));
    writeFileSync(join(fpath, '_httpdiff'), run('httpexplain', ['completion', 'zsh']).stdout);
    const fromFpath = zsh(
      `fpath=(${fpath} $fpath); autoload -Uz compinit; compinit -u -d ${fpath}/.zcompdump; print -r -- $_comps[httpexplain]`,
    );
    expect(fromFpath.stdout).toBe('_httpdiff\n');
  });

  shellTest('bash')('bash: registered with -o default, so that file names complete where nothing else does', () => {
    const result = spawnSync('bash', ['-c', 'eval "$(httpexplain completion bash)"; complete -p httpexplain httpdiff'], {
      encoding: 'utf8',
      env,
    });
    expect(result.stdout).toBe(
      'complete -o default -F _httpdiff_httpexplain httpexplain\ncomplete -o default -F _httpdiff_httpdiff httpdiff\n',
    );
  });
});
