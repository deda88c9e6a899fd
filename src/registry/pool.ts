/** A bounded pool: at most `size` tasks run at once; once `abort` is called queued tasks are refused. */
export class Pool {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  private aborted: unknown;

  constructor(readonly size: number) {}

  abort(reason: unknown): void {
    this.aborted ??= reason;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((r) => this.queue.push(r));
    this.running++;
    try {
      if (this.aborted) throw this.aborted;
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
