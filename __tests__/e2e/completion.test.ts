import { spawnSync } from 'node:child_process';
import { expectOneLineError, run } from './run';

describe('httpexplain completion', () => {
  test.each(['bash', 'zsh', 'fish'])('%s: a script naming both commands, the options and the codes', (shell) => {
    const { stdout, status } = run('httpexplain', ['completion', shell]);
    expect(status).toBe(0);
    for (const word of ['httpexplain', 'httpdiff', 'json', 'lang', 'en fr', '404', '499']) expect(stdout).toContain(word);
  });

  test('the bash script is valid bash and completes codes', () => {
    const script = run('httpexplain', ['completion', 'bash']).stdout;
    const probe = `${script}\nCOMP_WORDS=(httpexplain 40); COMP_CWORD=1; _httpdiff_complete; echo "\${COMPREPLY[@]}"`;
    const result = spawnSync('bash', ['-c', probe], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split(' ')).toEqual(expect.arrayContaining(['400', '404', '408']));
  });

  test('an unknown shell is a usage error', () => {
    expectOneLineError(run('httpexplain', ['completion', 'tcsh']), 2, /^httpexplain: unknown shell "tcsh": choose bash, zsh or fish\n$/);
  });
});
