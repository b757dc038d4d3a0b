// `prepare`: after `npm install` in a clone, and for `npm install -g .`, build the package so that its bins run.
// A global install from a folder does not fetch devDependencies, which the build needs: then they are installed
// here first, into this folder only, without running anyone's install scripts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

try {
  require.resolve('esbuild');
} catch {
  const npm = process.env.npm_execpath;
  run(process.execPath, [npm, 'install', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save']);
}
run(process.execPath, ['scripts/build.mjs']);
