// The GitHub runner protocol, the few parts the action uses: inputs from INPUT_*, outputs and
// state through the GITHUB_OUTPUT / GITHUB_STATE files, state back as STATE_*, workflow
// commands (::add-mask::, ::group::, ::warning::, ::error::) on stdout, the job summary file.
//
// Written here instead of importing @actions/core because @actions/core pulls in its OIDC
// client and with it undici (~30k lines): loading it cost ~0.1 s in each of the main and post
// steps, most of the action's whole overhead budget over raw buildx (bench/overhead.mjs).
// The formats follow the runner's documented file commands; test/unit/runner.test.ts parses
// them back the way the runner does.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values of a workflow command (file=…,line=…) escape more than the message does. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, message: string, props: Record<string, string | number | undefined> = {}): void {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${p ? ` ${p}` : ''}::${escapeData(message)}${EOL}`);
}

export interface AnnotationProperties {
  file?: string;
  line?: number;
  title?: string;
}

/** `${name}<<DELIM\nvalue\nDELIM` appended to the file named by the env variable. */
function fileCommand(envVar: 'GITHUB_OUTPUT' | 'GITHUB_STATE', legacy: string, name: string, value: string): void {
  const file = process.env[envVar];
  if (!file) {
    process.stdout.write(`::${legacy} name=${name}::${escapeData(value)}${EOL}`);
    return;
  }
  const delim = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delim) || value.includes(delim)) throw new Error('unexpected delimiter collision');
  appendFileSync(file, `${name}<<${delim}${EOL}${value}${EOL}${delim}${EOL}`, 'utf8');
}

/** An input as the runner passes it ('' when unset), trimmed like @actions/core's getInput unless trim is false. */
export function getInput(name: string, trim = true): string {
  const v = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return trim ? v.trim() : v;
}

export function setOutput(name: string, value: string): void {
  fileCommand('GITHUB_OUTPUT', 'set-output', name, value);
}

export function saveState(name: string, value: string): void {
  fileCommand('GITHUB_STATE', 'save-state', name, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Tell the runner to mask a value in every log line from now on. */
export function setSecret(value: string): void {
  if (value) command('add-mask', value);
}

export function info(line: string): void {
  process.stdout.write(`${line}${EOL}`);
}

export function warning(message: string, at: AnnotationProperties = {}): void {
  command('warning', message, { file: at.file, line: at.line, title: at.title });
}

/** An error annotation on a file's line (the step's one failure line is still setFailed's). */
export function annotateError(message: string, at: AnnotationProperties): void {
  command('error', message, { file: at.file, line: at.line, title: at.title });
}

export function notice(message: string): void {
  command('notice', message);
}

/** Report the failure (one line) and make the step fail. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  command('error', message);
}

export async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  command('group', title);
  try {
    return await fn();
  } finally {
    command('endgroup', '');
  }
}

/** Append Markdown to the job summary; false when the runner gives no summary file. */
export function writeSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`, 'utf8');
  return true;
}
