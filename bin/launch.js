'use strict';
// Runs a command from the bundle dist/cli.js, compiled with V8's code cache (dist/cli.cache, written by the
// build): most of the bundle's compilation is then skipped at every start. A cache that does not fit this
// Node.js is ignored by V8, and the bundle is compiled as `require` would. The bundle is already written as a
// module wrapper function (see scripts/build.mjs), which this calls as `require` would.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

module.exports = function launch(command) {
  const bundle = join(__dirname, '..', 'dist', 'cli.js');
  let cachedData;
  try {
    cachedData = readFileSync(join(__dirname, '..', 'dist', 'cli.cache'));
  } catch {
    cachedData = undefined;
  }
  // The build writes the bundle in ASCII (esbuild's charset: 'ascii'), which latin1 decodes fastest.
  const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, bundle, dirname(bundle));
  module.exports.main(command);
};
