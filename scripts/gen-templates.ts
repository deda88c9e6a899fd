/**
 * Writes the GitLab CI/CD components in templates/ from src/gitlab, or with --check
 * fails (exit 1) when templates/ is stale. Run with vite-node (it ships with vitest):
 *
 *   npx vite-node scripts/gen-templates.ts            regenerate templates/
 *   npx vite-node scripts/gen-templates.ts -- --check  CI: fail when templates/ is stale
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleTemplates, writeTemplates } from '../src/gitlab/templates.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');
if (process.argv.includes('--check')) {
  const stale = staleTemplates(dir);
  if (stale.length) {
    console.error(`templates/ is stale: ${stale.join(', ')}; run npx vite-node scripts/gen-templates.ts and commit the result`);
    process.exit(1);
  }
  console.log('templates/ is up to date');
} else {
  const changed = writeTemplates(dir);
  console.log(changed.length ? `wrote templates/: ${changed.join(', ')}` : 'templates/ was already up to date');
}
