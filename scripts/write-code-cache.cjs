'use strict';
// Build step: runs a command from the bundle as bin/launch.js does, then saves the code V8 compiled for it as
// dist/cli.cache, which the launcher hands back to V8 at every start. Never shipped in the launcher itself.
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle });
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, require, bundleModule, bundle, dirname(bundle));
// `node write-code-cache.cjs httpdiff 202 303`: the command, then its arguments as the bin would receive them.
const [command] = process.argv.splice(2, 1);
process.on('exit', () => writeFileSync(join(__dirname, '..', 'dist', 'cli.cache'), script.createCachedData()));
bundleModule.exports.main(command);
