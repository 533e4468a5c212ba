/** Values a log line may carry: plain data, never objects that could drag secrets along. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/**
 * The log is a seam like the clock: core writes to whatever logger it is given, main and the command line
 * give it the rotating file in the data folder, tests a memory one.
 */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** The last lines written, oldest first, for the owner's support request; [] where nothing is kept. */
  recentLines(count: number): string[];
  /** The file the log is kept in, or null when it is kept nowhere. */
  readonly file: string | null;
}

/** For runs that keep no log (tests, one-shot commands): faults still reach the terminal. */
export const consoleLogger: Logger = {
  info: () => undefined,
  warn: (event, fields) => console.error('back-online:', event, fields ?? {}),
  error: (event, fields) => console.error('back-online:', event, fields ?? {}),
  recentLines: () => [],
  file: null,
};

const STACK_FRAMES_KEPT = 6;

/** An error as log fields: its kind, codes, message and the top of its stack (a cause included). */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const { code, errcode, errno } = error as { code?: unknown; errcode?: unknown; errno?: unknown };
  const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
  return {
    error: error.name,
    message: error.message,
    code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
    errcode: typeof errcode === 'number' ? errcode : typeof errno === 'number' ? errno : undefined,
    cause,
    stack: error.stack
      ?.split('\n')
      .slice(1, STACK_FRAMES_KEPT + 1)
      .map((line) => line.trim())
      .join(' | '),
  };
}
