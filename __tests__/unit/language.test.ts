import { UsageError } from '../../src/errors';
import { chooseLanguage } from '../../src/i18n/language';

const available = ['en', 'fr'];

describe('chooseLanguage', () => {
  test.each([
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'fr_CA' }, 'fr'],
    [{ LANG: 'fr' }, 'fr'],
    [{ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LC_MESSAGES: 'fr_BE.UTF-8', LANG: 'en_US' }, 'fr'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'C.UTF-8', LANGUAGE: 'fr' }, 'en'],
    [{ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }, 'en'],
    [{ LANGUAGE: 'de:fr' }, 'fr'],
    [{ LANGUAGE: 'fr:en' }, 'fr'],
    [{}, 'en'],
  ])('environment %j → %s', (env, lang) => expect(chooseLanguage(undefined, env, available)).toBe(lang));

  test.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fr_FR.UTF-8', 'fr'],
    ['en', 'en'],
  ])('--lang %s → %s', (option, lang) => {
    expect(chooseLanguage(option, { LANG: 'en_US' }, available)).toBe(lang);
  });

  test('an explicit language we lack is a usage error listing ours', () => {
    expect(() => chooseLanguage('de', {}, available)).toThrow(
      expect.objectContaining({ constructor: UsageError, params: { input: 'de', languages: ['en', 'fr'] } }),
    );
  });
});
