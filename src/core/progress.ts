// BuildKit's plain progress (`--progress plain`, the same from buildx and buildctl) read as one
// state per platform, for the CLI's progress lines (pure: text in, states out).
//
//   #8 [linux/arm64 builder 2/4] RUN make      a step of one platform starts
//   #8 0.512 cc -O2 …                          its output
//   #8 DONE 3.2s | #8 CACHED | #8 ERROR: …     it ends
//   #12 exporting to image                     no platform: the export (push) phase

export interface PlatformState {
  platform: string;
  /** the latest step started, e.g. `[builder 2/4] RUN make` */
  step: string;
  /** steps started, ended (DONE or CACHED), and of those cached */
  started: number;
  ended: number;
  cached: number;
  failed: boolean;
  /** ms since the tracker started: first seen, last change */
  firstMs: number;
  lastMs: number;
}

export class ProgressTracker {
  readonly platforms = new Map<string, PlatformState>();
  /** vertex number -> platform */
  private readonly vertex = new Map<string, string>();
  private partial = '';
  /** the phase after the steps: exporting, pushing */
  exporting = false;

  constructor(private readonly now: () => number = Date.now, private readonly start = now()) {}

  /** Feed a chunk of output (any split); returns whether any state changed. */
  feed(chunk: string): boolean {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    let changed = false;
    for (const line of lines) changed = this.line(line.replace(/\r$/, '')) || changed;
    return changed;
  }

  private line(line: string): boolean {
    const t = this.now() - this.start;
    const head = /^#(\d+) \[([a-z0-9]+\/[a-z0-9]+(?:\/[a-z0-9]+)?) ([^\]]*)\] ?(.*)$/.exec(line);
    if (head) {
      const [, id, platform, where, what] = head as unknown as [string, string, string, string, string];
      if (where === 'internal' || where.startsWith('internal ')) return false;
      if (this.vertex.has(id)) return false;
      this.vertex.set(id, platform);
      const s = this.state(platform, t);
      s.step = `[${where}] ${what}`.trim();
      s.started++;
      s.lastMs = t;
      return true;
    }
    const end = /^#(\d+) (DONE|CACHED|ERROR|CANCELED)\b/.exec(line);
    if (end) {
      const platform = this.vertex.get(end[1] as string);
      if (!platform) return false;
      const s = this.state(platform, t);
      if (end[2] === 'ERROR') s.failed = true;
      else if (end[2] !== 'CANCELED') {
        s.ended++;
        if (end[2] === 'CACHED') s.cached++;
      }
      s.lastMs = t;
      return true;
    }
    if (/^#\d+ (exporting|pushing|naming|merging)/.test(line) && !this.exporting) {
      this.exporting = true;
      return true;
    }
    return false;
  }

  private state(platform: string, t: number): PlatformState {
    let s = this.platforms.get(platform);
    if (!s) {
      s = { platform, step: '', started: 0, ended: 0, cached: 0, failed: false, firstMs: t, lastMs: t };
      this.platforms.set(platform, s);
    }
    return s;
  }
}

/** One line per platform: `linux/arm64  building  [builder 2/4] RUN make  12.3s` (pure). */
export function progressLines(tracker: ProgressTracker, platforms: string[], nowMs: number, width = 100, finished = false): string[] {
  const pad = Math.max(...platforms.map((p) => p.length), 8);
  return platforms.map((p) => {
    const s = tracker.platforms.get(p);
    const state = !s ? (finished ? 'done' : 'waiting') : s.failed ? 'failed' : finished || (tracker.exporting && s.ended >= s.started) ? 'done' : 'building';
    const secs = s ? `${((((finished || state === 'done') ? s.lastMs : nowMs) - s.firstMs) / 1000).toFixed(1)}s` : '';
    const steps = s ? `${s.ended}/${s.started} steps${s.cached ? `, ${s.cached} cached` : ''}` : '';
    const detail = state === 'building' ? (s?.step ?? '') : steps;
    const line = `${p.padEnd(pad)}  ${state.padEnd(8)}  ${secs.padStart(7)}  ${detail}`.trimEnd();
    return line.length > width ? `${line.slice(0, width - 1)}…` : line;
  });
}
