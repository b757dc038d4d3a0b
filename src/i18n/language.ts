import { UsageError } from '../errors';

export const DEFAULT_LANGUAGE = 'en';

/** Chinese written in traditional characters: regions and scripts we must not answer in Simplified Chinese. */
const TRADITIONAL_CHINESE = /^(hant|tw|hk|mo)$/;

/**
 * The shipped language a locale or tag asks for: "fr_FR.UTF-8" → fr, "pt_PT" → pt-BR (the Portuguese we have),
 * "zh_CN.UTF-8" and "zh-Hans" → zh-CN, but "zh_TW" and "zh-Hant" → none (a reader of Traditional Chinese is better
 * served in English than in the other script). "C" and "POSIX" name no language.
 */
export function matchLanguage(locale: string, available: readonly string[]): string | undefined {
  const [language, ...subtags] = locale.trim().toLowerCase().split('.')[0].split('@')[0].split(/[_-]/);
  if (!/^[a-z]{2,3}$/.test(language)) return undefined;
  const exact = available.find((tag) => tag.toLowerCase() === [language, ...subtags].join('-'));
  if (exact) return exact;
  if (language === 'zh' && subtags.some((subtag) => TRADITIONAL_CHINESE.test(subtag))) return undefined;
  return available.find((tag) => tag.toLowerCase().split('-')[0] === language);
}

/** "C", "POSIX" and their variants ("C.UTF-8"): the locale of a system that speaks no particular language. */
function isCLocale(locale: string): boolean {
  return /^(c|posix)([._@].*)?$/i.test(locale.trim());
}

/**
 * The language to speak. An explicit choice must be one we have (else a usage error listing ours). Otherwise, as
 * gettext does: under the C locale, English; else the first language of the LANGUAGE priority list that we have,
 * then the locale (the first of LC_ALL, LC_MESSAGES and LANG that is set); else English.
 */
export function chooseLanguage(explicit: string | undefined, env: NodeJS.ProcessEnv, available: readonly string[]): string {
  if (explicit !== undefined) {
    const lang = matchLanguage(explicit, available);
    if (lang) return lang;
    throw new UsageError('unknownLanguage', { input: explicit, languages: available });
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  if (locale && isCLocale(locale)) return DEFAULT_LANGUAGE;
  for (const preferred of (env.LANGUAGE ?? '').split(':')) {
    const lang = preferred && matchLanguage(preferred, available);
    if (lang) return lang;
  }
  return (locale && matchLanguage(locale, available)) || DEFAULT_LANGUAGE;
}
