import { UsageError } from '../errors';

export const DEFAULT_LANGUAGE = 'en';

/** "fr_FR.UTF-8", "fr-CA", "fr" → "fr"; "C" and "POSIX" say nothing about a language. */
function languageOfLocale(locale: string): string | undefined {
  const lang = locale.trim().toLowerCase().split(/[_.@-]/)[0];
  return /^[a-z]{2,3}$/.test(lang) ? lang : undefined;
}

/**
 * The language to speak. An explicit choice must be one we have (else a usage error listing ours). Otherwise the
 * first of LC_ALL, LC_MESSAGES and LANG that is set decides ("C" and "POSIX" mean English), then the LANGUAGE
 * priority list; a language we lack means English, silently.
 */
export function chooseLanguage(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  available: readonly string[],
): string {
  if (explicit !== undefined) {
    const lang = languageOfLocale(explicit);
    if (lang && available.includes(lang)) return lang;
    throw new UsageError('unknownLanguage', { input: explicit, languages: available.join(', ') });
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  if (locale) {
    const lang = languageOfLocale(locale);
    return lang && available.includes(lang) ? lang : DEFAULT_LANGUAGE;
  }
  const preferred = (env.LANGUAGE ?? '').split(':').map(languageOfLocale);
  return preferred.find((lang) => lang !== undefined && available.includes(lang)) ?? DEFAULT_LANGUAGE;
}
