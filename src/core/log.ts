/** What the steps need to report progress; the action maps it to the runner protocol (src/action/runner.ts), the CLI to stderr. */
export interface Log {
  info(line: string): void;
  warning(line: string): void;
  /** something the user should see but need not act on (GitHub shows it as a notice) */
  notice(line: string): void;
  /** run fn inside a collapsible group */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export const consoleLog: Log = {
  info: (l) => process.stderr.write(`${l}\n`),
  warning: (l) => process.stderr.write(`warning: ${l}\n`),
  notice: (l) => process.stderr.write(`note: ${l}\n`),
  group: async (title, fn) => {
    process.stderr.write(`── ${title}\n`);
    return fn();
  },
};
