/**
 * A bounded pool: at most `size` tasks run at once, waiting tasks start highest `priority` first
 * (ties in arrival order); once `abort` is called queued tasks are refused.
 */
export class Pool {
  private running = 0;
  private readonly queue: { priority: number; start: () => void }[] = [];
  private aborted: unknown;

  constructor(readonly size: number) {}

  abort(reason: unknown): void {
    this.aborted ??= reason;
  }

  async run<T>(task: () => Promise<T>, priority = 0): Promise<T> {
    if (this.running >= this.size) {
      // a finishing task hands its slot over (running stays counted), so the bound always holds
      await new Promise<void>((start) => {
        // after every entry of at least this priority: a stable order by priority
        let i = this.queue.length;
        while (i > 0 && (this.queue[i - 1] as { priority: number }).priority < priority) i--;
        this.queue.splice(i, 0, { priority, start });
      });
    } else this.running++;
    try {
      if (this.aborted) throw this.aborted;
      return await task();
    } finally {
      const next = this.queue.shift();
      if (next) next.start();
      else this.running--;
    }
  }
}
