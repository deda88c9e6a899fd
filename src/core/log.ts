/** What the steps need to report progress; the action maps it to the runner protocol (src/action/runner.ts), the CLI to stderr. */
/** Where a message points in a file (GitHub shows it on that line). */
export interface Annotation {
  file: string;
  line?: number;
  title?: string;
}

export interface Log {
  info(line: string): void;
  warning(line: string, at?: Annotation): void;
  /** an error about a place in a file, reported beside the one failure line (GitHub shows it on that line) */
  annotateError?(line: string, at: Annotation): void;
  /** something the user should see but need not act on (GitHub shows it as a notice) */
  notice(line: string): void;
  /** run fn inside a collapsible group */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export const consoleLog: Log = {
  info: (l) => process.stderr.write(`${l}\n`),
  warning: (l, at) => process.stderr.write(`warning: ${at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''}${l}\n`),
  notice: (l) => process.stderr.write(`note: ${l}\n`),
  group: async (title, fn) => {
    process.stderr.write(`── ${title}\n`);
    return fn();
  },
};
