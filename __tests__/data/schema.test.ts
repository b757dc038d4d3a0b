import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsSchema } from '../../src/kb/facts';

// The data is checked against its schemas by the build itself (src/kb/compile.ts, tested in __tests__/kb).

test('data/schema/facts.schema.json is the one src/kb/facts.ts declares (npm run format-data writes it)', () => {
  const file = JSON.parse(readFileSync(join(__dirname, '../../data/schema/facts.schema.json'), 'utf8'));
  expect(file).toEqual(factsSchema());
});

test('every data file is in canonical form (npm run format-data)', () => {
  const output = execFileSync(process.execPath, [join(__dirname, '../../scripts/format-data.mjs'), '--check'], { encoding: 'utf8' });
  expect(output).toBe('');
});
