import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The built package as other programs load it: by its name, through package.json's "exports".
const root = join(__dirname, '../..');
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();

test('require("httpdiff") (CommonJS)', () => {
  expect(
    node(['-e', 'const { explain, compare } = require("httpdiff"); console.log(explain(303).reason, compare(301, 308).codes.join())']),
  ).toBe('See Other 301,308');
});

test('import from "httpdiff" (ES module), named exports included', () => {
  const script =
    'import { explain, compare, UsageError } from "httpdiff"; console.log(explain(404).reason, compare([404, 410]).codes.join(), typeof UsageError)';
  expect(node(['--input-type=module', '-e', script])).toBe('Not Found 404,410 function');
});

test('the types that ship with it check a program that uses it, and reject a wrong use', () => {
  const dir = mkdtempSync(join(root, 'node_modules', '.types-check-'));
  const check = (source: string) => {
    writeFileSync(join(dir, 'use.ts'), source);
    return spawnSync(
      process.execPath,
      [
        require.resolve('typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--types',
        'node',
        join(dir, 'use.ts'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
  };
  try {
    const good = check(
      'import { explain, compare, type Explanation } from "httpdiff";\nconst entry: Explanation = explain(303);\nconst reason: string | null = entry.reason;\nconst texts: string[] = compare(301, 308).differences.map((d) => d.text);\nexport { reason, texts };\n',
    );
    expect(good.stdout + good.stderr).toBe('');
    const bad = check('import { explain } from "httpdiff";\nconst code: string = explain(303).code;\nexport { code };\n');
    expect(bad.stdout).toMatch(/Type 'number' is not assignable to type 'string'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
