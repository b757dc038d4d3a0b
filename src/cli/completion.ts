/**
 * Shell completion scripts, generated from the command declarations: each command's options (and what their
 * values complete to), its arguments, and its subcommands. Codes are described by their reason phrases where the
 * shell can show a description (zsh, fish).
 */
import type { Messages } from '../i18n/messages';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { COLOR_CHOICES } from './context';
import { allOptions, type CommandDeclaration, type Completion, type OptionDeclaration } from './declaration';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Words {
  /** the values a completion kind offers, with their descriptions */
  values(kind: Completion): [value: string, description: string][];
  help(option: OptionDeclaration): string;
}

const flagsOf = (option: OptionDeclaration) => [`--${option.long}`, ...(option.short ? [`-${option.short}`] : [])];
const functionName = (command: CommandDeclaration) => `_httpdiff_${command.name.replace(/\W/g, '_')}`;

function bash(commands: CommandDeclaration[], words: Words): string {
  const valueCases = (command: CommandDeclaration) =>
    allOptions(command)
      .filter((option) => option.value?.completion)
      .map(
        (option) =>
          `    ${flagsOf(option).join('|')}) COMPREPLY=($(compgen -W "${words
            .values(option.value!.completion!)
            .map(([v]) => v)
            .join(' ')}" -- "$current")); return ;;`,
      )
      .join('\n');
  const subcommandCases = (command: CommandDeclaration) =>
    (command.subcommands ?? [])
      .map(
        (sub) =>
          `  if [[ "\${COMP_WORDS[1]}" == ${sub.name} ]]; then COMPREPLY=($(compgen -W "${sub.arguments.flatMap((a) => (a.completion ? words.values(a.completion).map(([v]) => v) : [])).join(' ')}" -- "$current")); return; fi`,
      )
      .join('\n');
  const functions = commands.map((command) => {
    const argumentWords = command.arguments.flatMap((a) => (a.completion ? words.values(a.completion).map(([v]) => v) : []));
    const all = [...allOptions(command).flatMap(flagsOf), ...(command.subcommands ?? []).map((sub) => sub.name), ...argumentWords];
    return `${functionName(command)}() {
  local current="\${COMP_WORDS[COMP_CWORD]}" previous="\${COMP_WORDS[COMP_CWORD-1]}"
${subcommandCases(command)}
  case "$previous" in
${valueCases(command)}
  esac
  COMPREPLY=($(compgen -W "${all.join(' ')}" -- "$current"))
}
complete -o default -F ${functionName(command)} ${command.name}`;
  });
  return `# completion for ${commands.map((c) => c.name).join(' and ')} in bash: eval "$(httpexplain completion bash)"
# (-o default: where nothing matches, such as a file after <, bash completes file names)
${functions.join('\n')}
`;
}

function zsh(commands: CommandDeclaration[], words: Words): string {
  const quote = (text: string) => text.replace(/'/g, "'\\''");
  const describe = (text: string) => quote(text.replace(/\[/g, '(').replace(/\]/g, ')'));
  const pairs = (kind: Completion) =>
    words
      .values(kind)
      .map(([value, description]) => `'${quote(value)}:${quote(description.replace(/:/g, '\\:'))}'`)
      .join(' ');
  const valueFunctions = (['codes', 'languages', 'shells', 'ecosystems', 'colors'] as Completion[])
    .map((kind) => `_httpdiff_${kind}() {\n  local -a values=(${pairs(kind)})\n  _describe -t ${kind} ${kind} values\n}`)
    .join('\n');
  const spec = (option: OptionDeclaration) => {
    const value = option.value
      ? `:${option.value.completion ?? 'value'}:${option.value.completion ? `_httpdiff_${option.value.completion}` : ''}`
      : '';
    const repeat = option.repeatable ? '*' : '';
    return option.short
      ? `'${repeat}(-${option.short} --${option.long})'{-${option.short},--${option.long}}'[${describe(words.help(option))}]${value}'`
      : `'${repeat}--${option.long}[${describe(words.help(option))}]${value}'`;
  };
  const functions = commands.map((command) => {
    const argument = command.arguments[0];
    const subcommands = command.subcommands ?? [];
    const rest = argument?.completion ? `'*:${argument.completion}:_httpdiff_${argument.completion}'` : "'*::'";
    const dispatch =
      subcommands.length === 0
        ? ''
        : subcommands
            .map(
              (sub) =>
                `  if [[ \${words[2]} == ${sub.name} ]]; then\n    _arguments '1:command:(${sub.name})' ${sub.arguments.map((a, i) => `'${i + 2}:${a.completion ?? 'value'}:${a.completion ? `_httpdiff_${a.completion}` : ''}'`).join(' ')}\n    return\n  fi`,
            )
            .join('\n') + '\n';
    return `${functionName(command)}() {\n${dispatch}  _arguments -s \\\n${allOptions(command)
      .map((option) => `    ${spec(option)} \\`)
      .join('\n')}\n    ${rest}\n}`;
  });
  const names = commands.map((command) => command.name).join(' ');
  return `#compdef ${names}
# completion for ${names} in zsh. Either: eval "$(httpexplain completion zsh)" in ~/.zshrc (it runs compinit if
# that has not been done yet), or save it as a file named _httpdiff in a folder of $fpath.
${valueFunctions}
${functions.join('\n')}
_httpdiff() {
  case $service in
${commands.map((command) => `    ${command.name}) ${functionName(command)} ;;`).join('\n')}
  esac
}
if [[ $funcstack[1] == _httpdiff ]]; then
  _httpdiff "$@"
else
  (( $+functions[compdef] )) || { autoload -Uz compinit && compinit }
  compdef _httpdiff ${names}
fi
`;
}

function fish(commands: CommandDeclaration[], words: Words): string {
  const quote = (text: string) => `'${text.replace(/[\\']/g, (char) => `\\${char}`)}'`;
  const candidates = (kind: Completion) =>
    words
      .values(kind)
      .map(([value, description]) => quote(`${value}\t${description}`))
      .join(' ');
  const lines = commands.flatMap((command) => {
    const subcommands = command.subcommands ?? [];
    const none = subcommands.length > 0 ? ` -n 'not __fish_seen_subcommand_from ${subcommands.map((sub) => sub.name).join(' ')}'` : '';
    const argument = command.arguments[0];
    return [
      `complete -c ${command.name} -f`,
      ...(argument?.completion ? [`complete -c ${command.name}${none} -a "${candidates(argument.completion).replace(/"/g, '\\"')}"`] : []),
      ...allOptions(command).map((option) =>
        [
          `complete -c ${command.name}`,
          option.short && `-s ${option.short}`,
          `-l ${option.long}`,
          option.value && (option.value.completion ? `-x -a "${candidates(option.value.completion).replace(/"/g, '\\"')}"` : '-r'),
          `-d ${quote(words.help(option))}`,
        ]
          .filter(Boolean)
          .join(' '),
      ),
      ...subcommands.flatMap((sub) => [
        `complete -c ${command.name}${none} -a ${sub.name} -d ${quote(words.help({ long: sub.name, help: sub.description }))}`,
        ...sub.arguments
          .filter((a) => a.completion)
          .map(
            (a) =>
              `complete -c ${command.name} -n '__fish_seen_subcommand_from ${sub.name}' -a "${candidates(a.completion!).replace(/"/g, '\\"')}"`,
          ),
      ]),
    ];
  });
  return `# completion for ${commands.map((c) => c.name).join(' and ')} in fish: httpexplain completion fish | source
${lines.join('\n')}
`;
}

/** A completion script for the commands, in the shell asked for. */
export function completionScript(shell: Shell, commands: CommandDeclaration[], kb: KnowledgeBase, m: Messages): string {
  const words: Words = {
    values: (kind) => {
      switch (kind) {
        case 'codes':
          return kb.list().map((entry) => [String(entry.code), entry.reason]);
        case 'languages':
          return kb
            .languages()
            .map((tag) => [
              tag,
              kb.locale(tag).messages.language && typeof kb.locale(tag).messages.language === 'object'
                ? String((kb.locale(tag).messages.language as Record<string, string>).name)
                : tag,
            ]);
        case 'shells':
          return SHELLS.map((name) => [name, name]);
        case 'ecosystems':
          return kb.ecosystems.map((ecosystem) => [ecosystem.id, ecosystem.name]);
        case 'colors':
          return COLOR_CHOICES.map((choice) => [choice, choice]);
      }
    },
    help: (option) => m.text(option.help, { languages: m.enumerate(kb.languages()) }),
  };
  return { bash, zsh, fish }[shell](commands, words);
}
