// `prepare`: after `npm install` in a clone, and for `npm install -g .`, build the package so that its bins run.
// A global install from a folder does not fetch devDependencies, which the build needs: then they are installed
// here first, into this folder only, without running anyone's install scripts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

try {
  require.resolve('esbuild');
} catch {
  // The settings of the global install (npm_config_global, its prefix) must not reach this local one.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_(global|prefix|location|allow_scripts|strict_allow_scripts)$/i.test(key)),
  );
  run(
    process.execPath,
    [process.env.npm_execpath, 'install', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save'],
    env,
  );
}
run(process.execPath, ['scripts/build.mjs']);
