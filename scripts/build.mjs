// Builds the package: one CommonJS bundle for the bins, one for the library, and the library's type declarations
// (tsc also type-checks the whole source). A bundle starts faster than many modules (see ../shared/TOOLCHAIN.md).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' }),
]);

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.'], { stdio: 'inherit' });
