import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/cli-io';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

/** A CliIo that keeps what the run writes, for tests that run the command line in-process. */
export function captureIo(
  env: Record<string, string | undefined> = { LANG: 'en_GB.UTF-8' },
  terminal = false,
): CapturedIo {
  let out = '';
  let err = '';
  return {
    writeOut: (text) => void (out += text),
    writeErr: (text) => void (err += text),
    env,
    stdoutIsTerminal: terminal,
    readTextFile: (path) => readFile(path, 'utf8'),
    out: () => out,
    err: () => err,
  };
}
