// Input files the user names on the command line (a Dockerfile, a pairs file, a merge spec): a
// missing or unreadable one is exit 2 with one line naming it, the same in every command.
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { InputFileError } from '../core/errors.js';

function inputError(what: string, path: string, e: unknown): InputFileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputFileError(`${what} not found: ${path}`);
  if (code === 'EISDIR') return new InputFileError(`${what} ${path} is a directory, not a file`, 'unreadable');
  if (code === 'EACCES' || code === 'EPERM') return new InputFileError(`cannot read ${what} ${path}: permission denied`, 'unreadable');
  return new InputFileError(`cannot read ${what} ${path}: ${code ?? (e as Error).message}`, 'unreadable');
}

/** The text of an input file, or an InputFileError (`Dockerfile not found: ./nope/Dockerfile`). */
export async function readInputFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw inputError(what, path, e);
  }
}

/** That an input file is there and is a file (read later by someone else), or an InputFileError. */
export async function requireInputFile(path: string, what: string): Promise<void> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
    if (isFile) await access(path, constants.R_OK);
  } catch (e) {
    throw inputError(what, path, e);
  }
  if (!isFile) throw inputError(what, path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
}

/** A docker config directory given with --config must be there (a typo must not quietly mean anonymous). */
export async function requireConfigDir(dir: string | undefined): Promise<void> {
  if (dir === undefined) return;
  let isDir: boolean;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch (e) {
    throw inputError('docker config directory', dir, e);
  }
  if (!isDir) throw new InputFileError(`docker config directory ${dir} is a file; --config takes the directory that holds config.json`, 'unreadable');
}
