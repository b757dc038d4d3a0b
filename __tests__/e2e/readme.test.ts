import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run';

// The README's ```console blocks that run one of our commands alone show what it prints (on a pipe, so without
// colour): they must stay what the tool really prints. Pipelines with other tools are left out.
const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const examples = [...readme.matchAll(/```console\n\$ (.+)\n([\s\S]*?)```/g)]
  .map(([, commandLine, output]) => ({ commandLine, output }))
  .filter(({ commandLine }) => /^(httpexplain|httpdiff) [^|]*$/.test(commandLine));

test('the README has examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));

test.each(examples)('$commandLine', ({ commandLine, output }) => {
  const [bin, ...args] = commandLine.split(' ') as ['httpexplain' | 'httpdiff', ...string[]];
  const result = run(bin, args);
  expect(result.status).toBe(0);
  expect(result.stdout).toBe(output);
});
