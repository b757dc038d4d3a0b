import { httpdiff } from './httpdiff';
import { httpexplain } from './httpexplain';

/** The commands, by the name of their bin. */
export const COMMANDS = { httpexplain, httpdiff };
export type CommandName = keyof typeof COMMANDS;
