import type { LogFields, Logger } from '../../src/core/log/logger';

export interface LoggedLine {
  level: 'info' | 'warn' | 'error';
  event: string;
  fields: LogFields;
}

/** A Logger that keeps what it is told, for tests that assert what reached the log. */
export function memoryLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const keep =
    (level: LoggedLine['level']) =>
    (event: string, fields: LogFields = {}) =>
      void lines.push({ level, event, fields });
  return {
    lines,
    info: keep('info'),
    warn: keep('warn'),
    error: keep('error'),
    recentLines: (count) => lines.slice(-count).map((line) => `[${line.level}] ${line.event}`),
    file: null,
  };
}
