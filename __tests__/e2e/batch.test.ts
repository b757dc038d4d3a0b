import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { run, jsonLines } from './run';

describe('httpexplain reading standard input', () => {
  test('codes, names and status lines, one per line; blank lines and curl -sI header lines skipped', () => {
    const input = '404\n\nHTTP/1.1 301 Moved Permanently\r\nContent-Type: text/html\r\nnot found\nHTTP/2 200\n';
    const { stdout, status } = run('httpexplain', ['-', '--json'], { input });
    expect(status).toBe(0);
    expect(jsonLines(stdout).map((answer) => answer.code)).toEqual([404, 301, 404, 200]);
  });

  test('no argument and a pipe: reads standard input', () => {
    const { stdout, status } = run('httpexplain', [], { input: '503' });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^503 Service Unavailable/);
  });

  test('a bad line gives an error object with its line number; the run goes on and exits 1', () => {
    const { stdout, stderr, status } = run('httpexplain', ['--json'], { input: '404\nbogus words\n600\n500\n' });
    expect(status).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.code ?? line.error.line)).toEqual([404, 2, 3, 500]);
    expect(lines[1].error).toMatchObject({ code: 'line', line: 2 });
    expect(stderr.trim().split('\n')).toEqual([
      'httpexplain: line 2: no status code matches "bogus words"',
      'httpexplain: line 3: "600" is not a status code: codes are three digits from 100 to 599',
    ]);
  });

  test('an empty pipe is a usage error', () => {
    expect(run('httpexplain', [], { input: '' }).status).toBe(2);
  });

  test('each answer is written as soon as its line is read (streaming)', async () => {
    const child = spawn(process.execPath, [join(__dirname, '../../bin/httpexplain.js'), '-', '--json']);
    const firstLine = new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    child.stdin.write('418\n');
    expect(JSON.parse(await firstLine).code).toBe(418);
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });

  test('piping into head ends quietly', () => {
    const result = require('node:child_process').spawnSync(
      'bash',
      ['-c', `yes 404 | head -n 50000 | node ${join(__dirname, '../../bin/httpexplain.js')} --json | head -n 1`],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(result.stdout).code).toBe(404);
    expect(result.stderr).toBe('');
  });
});
