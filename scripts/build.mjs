// Bundle the action's main and post steps and the CLI with @vercel/ncc into dist/.
// `node scripts/build.mjs --check` rebuilds into a temp dir and fails if dist/ differs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const outRoot = check ? mkdtempSync(join(tmpdir(), 'gen-ci-dist-')) : join(root, 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts', cli: 'src/cli/index.ts' };

if (!check) rmSync(outRoot, { recursive: true, force: true });
for (const [name, entry] of Object.entries(entries)) {
  const out = join(outRoot, name);
  execFileSync(join(root, 'node_modules/.bin/ncc'), ['build', entry, '-o', out, '--target', 'es2022', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (name === 'cli') {
    const file = join(out, 'index.js');
    const src = readFileSync(file, 'utf8').replace(/^#!.*\n/, '');
    writeFileSync(file, `#!/usr/bin/env node\nconst GENCI_VERSION = ${JSON.stringify(version)};\n${src}`, { mode: 0o755 });
  }
}
writeFileSync(join(outRoot, 'package.json'), '{ "type": "module" }\n');

if (check) {
  try {
    execFileSync('diff', ['-r', '-q', join(root, 'dist'), outRoot], { stdio: 'inherit' });
    console.log('dist/ is up to date');
  } catch {
    console.error('dist/ is stale: run `npm run build` and commit dist/');
    process.exitCode = 1;
  } finally {
    rmSync(outRoot, { recursive: true, force: true });
  }
} else {
  console.log(`built dist/ (${Object.keys(entries).join(', ')})`);
}
void cpSync;
