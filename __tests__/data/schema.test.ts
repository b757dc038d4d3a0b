import Ajv from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(__dirname, '../../data');
const readJson = (path: string) => JSON.parse(readFileSync(join(dataDir, path), 'utf8'));
const languages = readdirSync(join(dataDir, 'locales'));
const classFiles = ['1xx', '2xx', '3xx', '4xx', '5xx'];

const ajv = new Ajv({ allErrors: true });
for (const name of ['facts', 'codes', 'classes', 'vendors', 'pairs', 'texts']) ajv.addSchema(readJson(`schema/${name}.schema.json`));

function expectValid(schemaRef: string, data: unknown) {
  const validate = ajv.getSchema(schemaRef);
  if (!validate) throw new Error(`no schema ${schemaRef}`);
  validate(data);
  expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
}

const texts = (name: string) => `https://httpdiff.dev/schema/texts.schema.json#/definitions/${name}`;

describe.each(classFiles)('data/codes/%s.json', (file) => {
  test('matches the codes schema', () => expectValid('https://httpdiff.dev/schema/codes.schema.json', readJson(`codes/${file}.json`)));
  test('holds only codes of its class', () => {
    for (const code of Object.keys(readJson(`codes/${file}.json`))) expect(`${code[0]}xx`).toBe(file);
  });
});

test('data/classes.json matches its schema', () => expectValid('https://httpdiff.dev/schema/classes.schema.json', readJson('classes.json')));
test('data/vendors.json matches its schema', () => expectValid('https://httpdiff.dev/schema/vendors.schema.json', readJson('vendors.json')));
test('data/pairs.json matches its schema', () => expectValid('https://httpdiff.dev/schema/pairs.schema.json', readJson('pairs.json')));

describe.each(languages)('data/locales/%s', (lang) => {
  test.each(classFiles)('codes/%s.json matches the texts schema', (file) =>
    expectValid(texts('codeTextsFile'), readJson(`locales/${lang}/codes/${file}.json`)));
  test('vendors.json matches the texts schema', () => expectValid(texts('vendorTextsFile'), readJson(`locales/${lang}/vendors.json`)));
  test('pairs.json matches the texts schema', () => expectValid(texts('pairTextsFile'), readJson(`locales/${lang}/pairs.json`)));
  test('classes.json matches the texts schema', () => expectValid(texts('classTextsFile'), readJson(`locales/${lang}/classes.json`)));
  test('plural.json matches the texts schema', () => expectValid(texts('pluralFile'), readJson(`locales/${lang}/plural.json`)));
});

test('every data file is in canonical form (npm run format-data)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const output = execFileSync(process.execPath, [join(__dirname, '../../scripts/format-data.mjs'), '--check'], { encoding: 'utf8' });
  expect(output).toBe('');
});
