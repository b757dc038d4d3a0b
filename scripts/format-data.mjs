// Rewrites every JSON file under data/ in its canonical form (2-space indent, code and comparison keys in ascending
// order, trailing newline), so that a data change is a readable diff, and writes data/schema/facts.schema.json from
// the declaration of the facts (src/kb/facts.ts). `--check` only lists the files that differ.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const SORTED_KEY = /^([1-5][0-9]{2}(-[1-5][0-9]{2})*|[1-5]xx)$/;

export function canonicalJson(value) {
  return JSON.stringify(sortCodeKeys(value), null, 2) + '\n';
}

function sortCodeKeys(value) {
  if (Array.isArray(value)) return value.map(sortCodeKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => SORTED_KEY.test(key))) keys.sort();
  return Object.fromEntries(keys.map((key) => [key, sortCodeKeys(value[key])]));
}

export function jsonFiles(dir = dataDir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { loadCompiler } = await import('./compile-data.mjs');
  const { factsSchema } = await loadCompiler();
  const generated = { [join(dataDir, 'schema', 'facts.schema.json')]: factsSchema() };
  const check = process.argv.includes('--check');
  let differing = 0;
  for (const file of jsonFiles()) {
    const text = readFileSync(file, 'utf8');
    const canonical = canonicalJson(generated[file] ?? JSON.parse(text));
    if (text === canonical) continue;
    differing++;
    if (check) console.log(`not canonical: ${relative(process.cwd(), file)}`);
    else writeFileSync(file, canonical);
  }
  process.exitCode = check && differing > 0 ? 1 : 0;
}
