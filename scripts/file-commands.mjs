// The runner's file-command format (GITHUB_OUTPUT, GITHUB_STATE) read back, the one reader for the
// e2e harness (test/e2e/runner.ts) and the demo (scripts/demo.sh): NAME=VALUE or NAME<<DELIM … DELIM.
//
//   node scripts/file-commands.mjs PREFIX FILE   prints each entry as PREFIX+NAME=VALUE, NUL-terminated
//                                                (for: mapfile -d '' -t vars < <(…); env "${vars[@]}" …)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {string} text @returns {Record<string, string>} */
export function parseFileCommands(text) {
  /** @type {Record<string, string>} */
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [prefix, file] = process.argv.slice(2);
  if (prefix === undefined || !file) {
    process.stderr.write('usage: node scripts/file-commands.mjs PREFIX FILE\n');
    process.exit(2);
  }
  for (const [k, v] of Object.entries(parseFileCommands(readFileSync(file, 'utf8')))) process.stdout.write(`${prefix}${k}=${v}\0`);
}
