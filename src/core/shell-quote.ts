/** POSIX-quote one word for a command line shown to a user or read by `eval` (bare when it is plain). */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
