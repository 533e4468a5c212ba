import type { CheckStatus } from '../../shared/check-result';
import type { CliIo } from '../cli-io';

/** How text is marked up on screen; every status also has a symbol and a word, never colour alone. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  status(status: CheckStatus, text: string): string;
}

const STATUS_COLOURS: Record<CheckStatus, number> = { up: 32, degraded: 33, down: 31, unknown: 35 };

const sgr = (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m`;

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function coloursWanted(io: CliIo): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdoutIsTerminal && (noColor === undefined || noColor === '');
}

export function createStyle(colours: boolean): Style {
  if (!colours) return { bold: (text) => text, dim: (text) => text, status: (_, text) => text };
  return {
    bold: (text) => sgr(1, text),
    dim: (text) => sgr(2, text),
    status: (status, text) => sgr(STATUS_COLOURS[status], sgr(1, text)),
  };
}
