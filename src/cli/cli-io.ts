import { readFile } from 'node:fs/promises';

/** The outside world of one command-line run, injectable so the whole run can be tested in-process. */
export interface CliIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colours are for terminals only). */
  stdoutIsTerminal: boolean;
  readTextFile(path: string): Promise<string>;
}

export function processIo(): CliIo {
  return {
    writeOut: (text) => void process.stdout.write(text),
    writeErr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    readTextFile: (path) => readFile(path, 'utf8'),
  };
}
