// For `npm run bench`: a copy of the built package whose knowledge base holds ten times today's comparisons and
// ten times its texts (ten times as many languages, the new ones holding copies of the French texts), compiled the
// same way, to show that start-up does not grow with the knowledge base (an answer reads only the files it prints).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadCompiler } from './compile-data.mjs';

/** Languages CLDR knows that we do not ship, whose plural forms (one, other) French's texts can serve. */
function extraLanguages(shipped, count) {
  const categories = createRequire(import.meta.url)('make-plural/pluralCategories');
  return Object.keys(categories)
    .filter((tag) => !tag.includes('_') && !shipped.includes(tag) && categories[tag].cardinal.join() === 'one,other')
    .slice(0, count);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
};

/** Builds the package in `dir` (bin/, dist/ with the large knowledge base, package.json); returns its bin folder. */
export async function buildLargePackage(root, dir) {
  const data = path.join(dir, 'data');
  cpSync(path.join(root, 'data'), data, { recursive: true });

  const codes = [
    ...readdirSync(path.join(data, 'codes')).flatMap((file) => Object.keys(readJson(path.join(data, 'codes', file)))),
    ...Object.keys(readJson(path.join(data, 'vendors.json'))),
  ]
    .map(Number)
    .sort((a, b) => a - b);
  const existing = readdirSync(path.join(data, 'comparisons')).map((file) => file.replace(/\.json$/, ''));
  const shipped = readdirSync(path.join(data, 'locales'));
  const wanted = existing.length * 10;
  const templates = existing.filter((key) => key.split('-').length === 2);
  let added = existing.length;
  for (let i = 0; i < codes.length && added < wanted; i++) {
    for (let j = i + 1; j < codes.length && added < wanted; j++) {
      const key = `${codes[i]}-${codes[j]}`;
      if (existing.includes(key)) continue;
      const template = templates[added % templates.length];
      writeJson(path.join(data, 'comparisons', `${key}.json`), readJson(path.join(data, 'comparisons', `${template}.json`)));
      for (const lang of shipped) {
        const texts = path.join(data, 'locales', lang, 'comparisons', `${template}.json`);
        try {
          writeJson(path.join(data, 'locales', lang, 'comparisons', `${key}.json`), readJson(texts));
        } catch {
          // a comparison a language lacks: it falls back to English, as shipped
        }
      }
      added++;
    }
  }
  const extra = extraLanguages(shipped, shipped.length * 9);
  for (const lang of extra) cpSync(path.join(data, 'locales', 'fr'), path.join(data, 'locales', lang), { recursive: true });

  const { compileKnowledgeBase } = await loadCompiler();
  compileKnowledgeBase({ sourceDir: data, outDir: path.join(dir, 'dist', 'kb') });
  for (const file of ['cli.js', 'cli.cache']) cpSync(path.join(root, 'dist', file), path.join(dir, 'dist', file));
  cpSync(path.join(root, 'bin'), path.join(dir, 'bin'), { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  return { bin: path.join(dir, 'bin'), comparisons: added, languages: shipped.length + extra.length };
}
