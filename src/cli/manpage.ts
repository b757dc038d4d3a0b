/**
 * Man pages, made from the command declarations (as --help and completion are) by the build, which writes them to
 * dist/man/ for package.json's `man` field: `man httpexplain` after a global install.
 */
import { messagesFor } from '../i18n/messages';
import { KnowledgeBase } from '../kb/knowledgeBase';
import { COMMANDS } from './commands';
import { allOptions, type CommandDeclaration, type OptionDeclaration } from './declaration';
import { exitCodes } from './program';

/** Text safe in roff: backslashes and leading dots or quotes escaped, hyphens as minus signs where they are options. */
function roff(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/^([.'])/gm, '\\&$1');
}

const flag = (text: string) => roff(text).replace(/-/g, '\\-');

/** The environment variables httpdiff reads, with the keys of their texts. */
const ENVIRONMENT: [name: string, help: string][] = [
  ['LANGUAGE, LC_ALL, LC_MESSAGES, LANG', 'help.envLanguage'],
  ['NO_COLOR, FORCE_COLOR', 'help.envColor'],
  ['COLUMNS', 'help.envColumns'],
  ['PAGER', 'help.envPager'],
  ['HTTPDIFF_ECOSYSTEMS', 'help.envEcosystems'],
  ['HTTPDIFF_DEBUG', 'help.envDebug'],
  ['HTTPS_PROXY, HTTP_PROXY, NO_PROXY', 'help.envProxy'],
];

export function manPage(command: CommandDeclaration, kb: KnowledgeBase, version: string, others: string[]): string {
  const m = messagesFor(kb, 'en');
  const text = (key: string) => roff(m.text(key, { languages: m.enumerate(kb.languages()) }));
  const option = (declaration: OptionDeclaration) => {
    const names = [declaration.short && `\\-${declaration.short}`, `\\-\\-${flag(declaration.long)}`].filter(Boolean).join(', ');
    const value = declaration.value ? ` \\fI${text(declaration.value.name)}\\fR` : '';
    return `.TP\n.B ${names}${value}\n${text(declaration.help)}`;
  };
  const lines = [
    `.TH ${command.name.toUpperCase()} 1 "" "httpdiff ${version}" "User Commands"`,
    '.SH NAME',
    `${command.name} \\- ${text(command.description)}`,
    '.SH SYNOPSIS',
    `.B ${command.name}`,
    text(command.usage ?? ''),
    '.SH DESCRIPTION',
    text(command.description),
    ...command.arguments.flatMap((argument) => ['.TP', `.I ${text(argument.name)}`, text(argument.help)]),
    '.SH OPTIONS',
    ...allOptions(command).map(option),
    ...(command.subcommands ?? []).flatMap((sub) => [
      '.SH COMMANDS',
      '.TP',
      `.B ${sub.name} ${sub.arguments.map((argument) => `\\fI${text(argument.name)}\\fR`).join(' ')}`,
      text(sub.description),
    ]),
    '.SH EXAMPLES',
    '.nf',
    ...command.examples.map(roff),
    '.fi',
    '.SH EXIT STATUS',
    ...exitCodes(command).flatMap(([code, key]) => ['.TP', `.B ${code}`, text(key)]),
    '.SH ENVIRONMENT',
    ...ENVIRONMENT.flatMap(([name, key]) => ['.TP', `.B ${name}`, text(key)]),
    '.SH SEE ALSO',
    others.map((other) => `.BR ${other} (1)`).join(',\n'),
  ];
  return lines.join('\n') + '\n';
}

/** Every command's man page, by file name: `httpexplain.1`, `httpdiff.1`. */
export function manPages(kbDir: string, version: string): Record<string, string> {
  const kb = new KnowledgeBase(kbDir);
  const names = Object.keys(COMMANDS);
  return Object.fromEntries(
    Object.values(COMMANDS).map((command: CommandDeclaration) => [
      `${command.name}.1`,
      manPage(
        command,
        kb,
        version,
        names.filter((name) => name !== command.name),
      ),
    ]),
  );
}
