import { checkCommand } from './check.js';
import type { Command } from './command.js';
import { gitlabCommand } from './gitlab.js';
import { initCommand } from './init.js';
import { inspectCommand } from './inspect.js';
import { mergeCommand } from './merge.js';
import { mirrorCommand } from './mirror.js';

/** Every CLI command, in the order `gen-ci --help` lists them. */
export const COMMANDS: Command[] = [initCommand, mirrorCommand, mergeCommand, inspectCommand, checkCommand, gitlabCommand];
