#!/usr/bin/env node
// The gen-ci executable: the CLI door (main.ts) on this process's argv and stdio. A closed stdout
// or stderr (EPIPE) ends the output quietly, for every command (streamIo).
import { runDoor, streamIo } from './main.js';

const io = streamIo(process.stdout, process.stderr, Boolean(process.stderr.isTTY));
void runDoor(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
