/** The runner's file-command format read back (see file-commands.mjs). */
export function parseFileCommands(text: string): Record<string, string>;
