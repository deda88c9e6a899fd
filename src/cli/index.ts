#!/usr/bin/env node
// The gen-ci executable: the CLI door (main.ts) on this process's argv and stdio.
import type { Io } from './command.js';
import { runDoor } from './main.js';

const io: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  tty: Boolean(process.stderr.isTTY),
};
void runDoor(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
