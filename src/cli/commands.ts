import type { Command } from './command.js';

/** Every CLI command, in the order `gen-ci --help` lists them. */
export const COMMANDS: Command[] = [];
