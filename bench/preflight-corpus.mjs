// How well the Dockerfile preflight does on real-world Dockerfiles, judged by hand.
// Runs preflight() over every file in test/fixtures/dockerfiles/corpus/ OFFLINE (the image lookup
// answers that every requested platform is there, the build platform is linux/amd64) and compares
// the findings (code + line) with each entry's hand-judged "expected" list in index.json.
// Prints per-code TP/FP/FN/precision/recall, the files where the preflight reported an error (or
// threw) although BuildKit builds them, findings whose line is not the first line of an
// instruction, and every FP/FN as file:line:code. A report: it always exits 0.
//   npm run bench:corpus            (vite-node bench/preflight-corpus.mjs [--json])
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { formatPlatform, normalise, parsePlatform } from '../src/core/platform.ts';
import { preflight } from '../src/dockerfile/preflight.ts';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'test/fixtures/dockerfiles/corpus');
const json = process.argv.includes('--json');
const CODES = ['emulated-compile', 'hardcoded-arch', 'undeclared-platform-arg', 'missing-platform', 'bad-platform', 'unresolved-image', 'no-stage'];
const { entries } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));

/** 1-based first lines of the file's instructions. */
function instructionStarts(text) {
  return new Set(
    DockerfileParser.parse(text)
      .getInstructions()
      .map((i) => i.getRange().start.line + 1),
  );
}

/** An offline lookup: every platform the build asks for is there. */
function lookupFor(platforms) {
  return async (ref) => ({
    reference: ref,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: `sha256:${'0'.repeat(64)}`,
    index: true,
    platforms: platforms.map((p) => {
      const n = normalise(p);
      return {
        platform: formatPlatform(n),
        os: n.os,
        architecture: n.architecture,
        ...(n.variant ? { variant: n.variant } : {}),
        digest: `sha256:${'1'.repeat(64)}`,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        size: 1000,
      };
    }),
    attestations: [],
  });
}

const key = (f) => `${f.code}:${f.line ?? '-'}`;
const stats = new Map();
const stat = (code) => {
  if (!stats.has(code)) stats.set(code, { tp: 0, fp: 0, fn: 0 });
  return stats.get(code);
};
const fps = [];
const fns = [];
const erroredBuildable = [];
const thrown = [];
const offInstruction = [];
let findingsTotal = 0;

for (const e of entries) {
  const text = readFileSync(join(dir, e.file), 'utf8');
  const starts = instructionStarts(text);
  const platforms = e.platforms.map((p) => parsePlatform(p));
  let reported = [];
  try {
    const r = await preflight({
      dockerfile: text,
      file: e.file,
      platforms,
      buildPlatform: { os: 'linux', architecture: 'amd64' },
      lookup: lookupFor(platforms),
    });
    reported = r.findings;
  } catch (err) {
    thrown.push(`${e.file}: ${err.message}`);
    if (e.buildkit_builds) erroredBuildable.push(`${e.file}: threw ${err.message}`);
    continue;
  }
  findingsTotal += reported.length;
  const errors = reported.filter((f) => f.level === 'error');
  if (e.buildkit_builds && errors.length) erroredBuildable.push(`${e.file}: ${errors.map((f) => `${key(f)} ${f.message}`).join(' | ')}`);
  for (const f of reported) if (f.line === undefined || !starts.has(f.line)) offInstruction.push(`${e.file}:${f.line ?? '-'}:${f.code}`);
  // compare by code + line (one finding per code and line counts, as the spec reports once per stage/line)
  const got = new Map(reported.map((f) => [key(f), f]));
  const want = new Map(e.expected.map((f) => [key(f), f]));
  for (const [k, f] of got) {
    if (want.has(k)) stat(f.code).tp++;
    else {
      stat(f.code).fp++;
      fps.push(`${e.file}:${f.line ?? '-'}:${f.code}  ${f.message}`);
    }
  }
  for (const [k, f] of want)
    if (!got.has(k)) {
      stat(f.code).fn++;
      fns.push(`${e.file}:${f.line}:${f.code}  (${f.why})`);
    }
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const codes = [...new Set([...CODES, ...stats.keys()])].filter((c) => stats.has(c) || CODES.includes(c));
const rows = codes.map((c) => {
  const s = stats.get(c) ?? { tp: 0, fp: 0, fn: 0 };
  return { code: c, ...s, precision: pct(s.tp, s.tp + s.fp), recall: pct(s.tp, s.tp + s.fn) };
});
const total = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });

if (json) {
  console.log(
    JSON.stringify(
      { files: entries.length, findings: findingsTotal, rows, total, erroredBuildable, thrown, offInstruction, falsePositives: fps, falseNegatives: fns },
      null,
      2,
    ),
  );
} else {
  const pad = (s, n) => String(s).padEnd(n);
  const padl = (s, n) => String(s).padStart(n);
  console.log(`preflight corpus: ${entries.length} files, ${findingsTotal} findings reported\n`);
  console.log(`${pad('code', 26)}${padl('TP', 5)}${padl('FP', 5)}${padl('FN', 5)}${padl('precision', 11)}${padl('recall', 9)}`);
  for (const r of rows) console.log(`${pad(r.code, 26)}${padl(r.tp, 5)}${padl(r.fp, 5)}${padl(r.fn, 5)}${padl(r.precision, 11)}${padl(r.recall, 9)}`);
  console.log(
    `${pad('all', 26)}${padl(total.tp, 5)}${padl(total.fp, 5)}${padl(total.fn, 5)}${padl(pct(total.tp, total.tp + total.fp), 11)}${padl(pct(total.tp, total.tp + total.fn), 9)}`,
  );
  console.log(`\nfiles judged buildable where the preflight reported an error (or threw): ${erroredBuildable.length}`);
  for (const s of erroredBuildable) console.log(`  ${s}`);
  console.log(`preflight threw: ${thrown.length}`);
  for (const s of thrown) console.log(`  ${s}`);
  console.log(`findings whose line is not the first line of an instruction: ${offInstruction.length}`);
  for (const s of offInstruction) console.log(`  ${s}`);
  console.log(`\nfalse positives (${fps.length}):`);
  for (const s of fps) console.log(`  FP ${s}`);
  console.log(`\nfalse negatives (${fns.length}):`);
  for (const s of fns) console.log(`  FN ${s}`);
}
process.exitCode = 0;
