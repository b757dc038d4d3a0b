// Compiles the knowledge base (data/ → a folder the bins read), through src/kb/compile.ts bundled for Node, and
// prints the coverage of each language. Used by the build, and by `npm run format-data` for the schema it writes.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** src/kb/compile.ts as a CommonJS module loaded in this process (it imports make-plural, an ES module). */
export async function loadCompiler() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'httpdiff-compile-'));
  const outfile = path.join(dir, 'compile.cjs');
  await build({
    entryPoints: ['src/kb/compile.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  try {
    return require(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function compileData(outDir, { quiet = false } = {}) {
  const { compileKnowledgeBase, DataError } = await loadCompiler();
  let report;
  try {
    report = compileKnowledgeBase({ sourceDir: 'data', outDir });
  } catch (error) {
    if (error instanceof DataError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (!quiet) {
    for (const { tag, texts, messages, missing } of report.languages) {
      const complete = texts.translated === texts.total && messages.translated === messages.total;
      const line = `knowledge base: ${tag}: ${texts.translated}/${texts.total} texts, ${messages.translated}/${messages.total} messages`;
      console.log(
        complete
          ? `${line}, complete`
          : `${line}; in English for want of a translation (${missing.length}): ${missing.slice(0, 5).join('; ')}${missing.length > 5 ? '; …' : ''}`,
      );
    }
    for (const warning of report.warnings) console.log(`knowledge base: ${warning}`);
  }
  return report;
}

// `node scripts/compile-data.mjs`: checks data/ and prints each language's coverage, compiling into a temporary folder.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'httpdiff-kb-'));
  try {
    await compileData(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
