import { spawnSync } from 'node:child_process';
import { STATUS_CODES } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { namesOf } from '../../src/kb/names';
import type { EcosystemFile } from '../../src/kb/types';
import { NameIndex, resolveQuery } from '../../src/resolve/resolve';

// Every name in the shipped data leads to its own code: no name silently lands on another code.
const kb = new KnowledgeBase();
const names = new NameIndex(kb);
const dataDir = join(__dirname, '../../data');
const codeOf = (query: string) => {
  const resolution = resolveQuery(kb, query, names);
  return resolution.kind === 'code' ? resolution.code : resolution.kind === 'candidates' ? resolution.codes : resolution.class;
};
const ecosystems = readdirSync(join(dataDir, 'constants')).map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dataDir, 'constants', file), 'utf8')) as EcosystemFile] as const);

describe.each(ecosystems)('every constant of %s resolves to its own code', (id, ecosystem) => {
  const constants = Object.entries(ecosystem.constants).flatMap(([code, entries]) => entries.map((entry) => [entry.name, Number(code)] as const));
  test.each(constants)('%s → %d, bare (or among candidates, for a plain word) and with each qualifier', (name, code) => {
    const bare = codeOf(name);
    if (Array.isArray(bare)) expect(bare).toContain(code);
    else expect(bare).toBe(code);
    for (const qualifier of ecosystem.qualifiers) {
      const resolution = resolveQuery(kb, `${qualifier}${name}`, names);
      expect(resolution).toMatchObject({ kind: 'code', code, match: { via: 'constant' } });
      if (resolution.kind === 'code') expect(resolution.match.ecosystems).toContain(id);
    }
  });
});

describe('every reason phrase, alias and translated name resolves to its own code', () => {
  const entries = kb.list();
  const registered = entries.filter((entry) => entry.official && entry.status !== 'unused');
  test.each(registered.map((entry) => [entry.reason, entry.code] as const))('%s → %d', (reason, code) => {
    expect(codeOf(reason)).toBe(code);
    expect(codeOf(`${code} ${reason}`)).toBe(code);
    expect(codeOf(`HTTP/1.1 ${code} ${reason}`)).toBe(code);
  });

  const aliases = entries.filter((entry) => entry.official).flatMap((entry) => namesOf(kb.code(entry.code)!.registration!).map((alias) => [alias, entry.code] as const));
  test.each(aliases)('alias %s → %d', (alias, code) => expect(codeOf(alias)).toBe(code));

  // Words too common in one language's texts to say anything ("tempo" in Portuguese) still find the codes they name.
  test.each([
    ['tempo limite', [408, 504]],
    ['tiempo de espera', [408, 504]],
    ['délai', [408, 504]],
    ['タイムアウト', [408, 504]],
    ['超时', [408, 504]],
  ])('%s → among others %j', (words, codes) => expect(codeOf(words)).toEqual(expect.arrayContaining(codes)));

  const localized = kb.languages().flatMap((lang) =>
    registered.flatMap((entry) => {
      const reason = kb.locale(lang).codeTexts(entry.code).registration?.texts.reason;
      return reason ? [[lang, reason, entry.code] as const] : [];
    }),
  );
  test.each(localized)('%s: %s → %d', (_lang, reason, code) => expect(codeOf(reason)).toBe(code));

  test("a vendor's phrase leads to its code, or to candidates that include it; a registered name always wins", () => {
    const registeredNames = new Map(registered.map((entry) => [entry.reason.toLowerCase(), entry.code]));
    for (const entry of entries) {
      for (const meaning of kb.code(entry.code)!.meanings) {
        const found = codeOf(meaning.reason);
        const registeredCode = registeredNames.get(meaning.reason.toLowerCase());
        if (registeredCode !== undefined) expect([meaning.reason, found]).toEqual([meaning.reason, registeredCode]);
        else if (Array.isArray(found)) expect([meaning.reason, found]).toEqual([meaning.reason, expect.arrayContaining([entry.code])]);
        else expect([meaning.reason, found]).toEqual([meaning.reason, entry.code]);
      }
    }
  });
});

test("every phrase of Node's http.STATUS_CODES resolves to its code", () => {
  const wrong = Object.entries(STATUS_CODES).filter(([code, phrase]) => codeOf(phrase!) !== Number(code));
  expect(wrong).toEqual([]);
});

// Python's http.HTTPStatus, when python3 is installed: every member our data lists, under the same code.
const python = spawnSync('python3', ['-c', 'import http, json; print(json.dumps({s.name: s.value for s in http.HTTPStatus}))'], { encoding: 'utf8' });
const pythonMembers = python.status === 0 ? (JSON.parse(python.stdout) as Record<string, number>) : undefined;
(pythonMembers ? test : test.skip)(`Python's http.HTTPStatus (${pythonMembers ? 'python3 found' : 'skipped: python3 is not installed'}): every member is in our data, under its code`, () => {
  const ours = ecosystems.find(([id]) => id === 'python')![1].constants;
  const missing = Object.entries(pythonMembers!).filter(([name, code]) => !(ours[String(code)] ?? []).some((constant) => constant.name === name));
  expect(missing).toEqual([]);
  for (const [name, code] of Object.entries(pythonMembers!)) expect(codeOf(`HTTPStatus.${name}`)).toBe(code);
});
if (!pythonMembers) console.log('lookup.test.ts: python3 is not installed; the check against http.HTTPStatus is skipped');
