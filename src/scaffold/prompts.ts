/**
 * The questions init asks on a terminal, behind a small interface so the flow can be driven
 * without a terminal in tests. The terminal implementation loads @clack/prompts on first use
 * only: `gen-ci --version`, `--yes` and non-terminal runs never load it.
 */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface Prompter {
  intro(title: string): void;
  text(message: string, initial: string, validate?: (v: string) => string | undefined): Promise<string>;
  select<T extends string>(message: string, choices: Choice<T>[], initial: T): Promise<T>;
  multiselect<T extends string>(message: string, choices: Choice<T>[], initial: T[]): Promise<T[]>;
  confirm(message: string, initial: boolean): Promise<boolean>;
  note(text: string, title: string): void;
  outro(text: string): void;
}

/** Thrown when the user cancels a prompt (Ctrl-C, Escape). */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export async function terminalPrompter(): Promise<Prompter> {
  const p = await import('@clack/prompts');
  const done = <T>(v: T): Exclude<T, symbol> => {
    if (p.isCancel(v)) {
      p.cancel('Nothing was written.');
      throw new PromptCancelled();
    }
    return v as Exclude<T, symbol>;
  };
  return {
    intro: (title) => p.intro(title),
    async text(message, initial, validate) {
      return done(
        await p.text({
          message,
          initialValue: initial,
          ...(validate ? { validate: (v: string | undefined) => validate(v ?? '') } : {}),
        }),
      ).trim();
    },
    async select(message, choices, initial) {
      return done(
        await p.select({
          message,
          options: choices.map((c) => ({ value: c.value, label: c.label, ...(c.hint ? { hint: c.hint } : {}) })) as never,
          initialValue: initial,
        }),
      ) as typeof initial;
    },
    async multiselect(message, choices, initial) {
      return done(
        await p.multiselect({
          message,
          options: choices.map((c) => ({ value: c.value, label: c.label, ...(c.hint ? { hint: c.hint } : {}) })) as never,
          initialValues: initial,
          required: true,
        }),
      ) as typeof initial;
    },
    async confirm(message, initial) {
      return done(await p.confirm({ message, initialValue: initial }));
    },
    note: (text, title) => p.note(text, title),
    outro: (text) => p.outro(text),
  };
}
