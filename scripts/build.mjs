// Bundle the action's main and post steps and the CLI with @vercel/ncc into dist/.
// `node scripts/build.mjs --check` rebuilds into a temp dir and fails if dist/ differs;
// `--out DIR` builds into DIR instead of dist/ (the mirror bench measures such a build).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const outArg = process.argv.indexOf('--out');
const dest = outArg > 0 ? resolve(process.argv[outArg + 1] ?? '') : join(root, 'dist');
// always build into a fresh directory; dist/ is replaced only when every bundle built
const outRoot = mkdtempSync(join(tmpdir(), 'gen-ci-dist-'));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const entries = { main: 'src/action/main.ts', post: 'src/action/post.ts', cli: 'src/cli/index.ts' };

for (const [name, entry] of Object.entries(entries)) {
  const out = join(outRoot, name);
  execFileSync(join(root, 'node_modules/.bin/ncc'), ['build', entry, '-o', out, '--target', 'es2022', '--transpile-only', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (name === 'cli') {
    // dist/cli/index.js is a tiny launcher: on Node 22+ it turns on the compile cache before the
    // bundle (cli.js) is compiled, so `npx gen-ci` starts faster from the second run on
    const src = readFileSync(join(out, 'index.js'), 'utf8').replace(/^#!.*\n/, '');
    writeFileSync(join(out, 'cli.js'), `const GENCI_VERSION = ${JSON.stringify(version)};\n${src}`);
    writeFileSync(
      join(out, 'index.js'),
      `#!/usr/bin/env node\nimport module from 'node:module';\ntry {\n  module.enableCompileCache?.();\n} catch {}\nawait import('./cli.js');\n`,
      { mode: 0o755 },
    );
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
  rmSync(dest, { recursive: true, force: true });
  cpSync(outRoot, dest, { recursive: true });
  // mkdtemp made the scratch directory 0700 and cpSync kept it: dist/ must be readable by every
  // user (a rootless BuildKit image runs the CLI as uid 1000)
  chmodSync(dest, 0o755);
  rmSync(outRoot, { recursive: true, force: true });
  console.log(`built ${dest === join(root, 'dist') ? 'dist/' : dest} (${Object.keys(entries).join(', ')})`);
}
