// Builds the package: the knowledge base compiled from data/ (src/kb/compile.ts), one CommonJS bundle for the bins,
// one for the library, and the library's type declarations (tsc also type-checks the whole source). One bundle
// starts faster than many modules (measured by `npm run bench`). Everything is built into dist-next/ and then
// swapped in, so a bin running meanwhile never finds dist/ half-built.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileData } from './compile-data.mjs';

const require = createRequire(import.meta.url);
const next = 'dist-next';
rmSync(next, { recursive: true, force: true });

await compileData(`${next}/kb`);

/**
 * commander loads node:child_process as it starts (~9 ms), only to spawn executable subcommands, which we do not
 * have. This plugin hands it a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander') ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * chalk asks supports-color for a default colour level, which loads node:tty and the stream machinery (~7 ms).
 * We always give chalk an explicit level (src/cli/common.ts decides it), so it gets a stub instead.
 */
const noSupportsColor = {
  name: 'no-supports-color',
  setup(build) {
    build.onResolve({ filter: /^supports-color$/ }, () => ({ path: 'supports-color', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'module.exports = { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

/**
 * cli-table3 measures its cells with string-width; in the bins it gets src/render/textWidth.ts instead, which gives
 * the same widths without running string-width's character loop on plain text (see that file for why it matters).
 */
let tableTextWidthApplied = false;
const tableTextWidth = {
  name: 'table-text-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) => {
      if (!args.importer.includes('node_modules/cli-table3')) return undefined;
      tableTextWidthApplied = true;
      return { path: 'string-width', namespace: 'text-width' };
    });
    build.onLoad({ filter: /.*/, namespace: 'text-width' }, () => ({
      contents: "module.exports = require('./src/render/textWidth.ts').textWidth;",
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  // A smaller file is faster to read and to turn into a string at every start (the code cache does the rest).
  minify: true,
  charset: 'ascii',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  plugins: [lazyChildProcess, noSupportsColor, tableTextWidth],
};
await Promise.all([
  // The bins' bundle is written as the function that Node would wrap a module in, so that bin/launch.js compiles
  // it as it is: wrapping it at run time would copy its source once more, and that extra garbage alone costs a
  // garbage collection at start-up.
  build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: `${next}/cli.js`,
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: '})' },
  }),
  // The library is for other programs and their debuggers: readable, not minified.
  build({ ...common, minify: false, entryPoints: ['src/index.ts'], outfile: `${next}/index.js` }),
]);
// Man pages, from the same command declarations as --help (src/cli/manpage.ts), in English.
{
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/httpdiff-man-`);
  await build({ ...common, minify: false, plugins: [], entryPoints: ['src/cli/manpage.ts'], outfile: `${dir}/manpage.cjs` });
  const { manPages } = require(`${dir}/manpage.cjs`);
  mkdirSync(`${next}/man`, { recursive: true });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [name, page] of Object.entries(manPages(`${next}/kb`, version))) writeFileSync(`${next}/man/${name}`, page);
  rmSync(dir, { recursive: true, force: true });
}
// A cli-table3 that stopped requiring string-width would silently leave the bins slower.
if (!tableTextWidthApplied) throw new Error('cli-table3 no longer requires string-width: review the table-text-width plugin');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.', '--outDir', `${next}/types`], { stdio: 'inherit' });

// bin/launch.js reads the bundle as latin1, the fastest decoding, which is right only for ASCII.
const nonAscii = /[^\x00-\x7f]/.exec(readFileSync(`${next}/cli.js`, 'latin1'));
if (nonAscii) throw new Error(`dist/cli.js holds a non-ASCII character at ${nonAscii.index}: escape it in the source`);

rmSync('dist', { recursive: true, force: true });
renameSync(next, 'dist');

// V8's code cache for the bins (see bin/launch.js), from a run that goes through the whole engine: resolution,
// explanation, comparison and the terminal table.
execFileSync(process.execPath, ['scripts/write-code-cache.cjs', 'httpdiff', '202', '303'], {
  env: { ...process.env, FORCE_COLOR: '1' },
  stdio: 'ignore',
});
