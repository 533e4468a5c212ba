import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import type { LogFields, Logger } from './logger';
import { redactSecrets } from './redact';
import { preparePrivateFolder } from '../store/private-files';

export const LOG_FILE_NAME = 'back-online.log';
/** electron-log renames a full log to this name (one generation) and starts a fresh one. */
export const OLD_LOG_FILE_NAME = 'back-online.old.log';
/** Two files of this size: weeks of a quiet shop's history, small enough to mail to an IT partner. */
const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface FileLogOptions {
  /** Written into every line, so the desktop app's and the command line's lines can be told apart. */
  processName: string;
  maxBytes?: number;
}

function formatValue(value: string | number | boolean): string {
  // Redacted before quoting: escaped quotes would hide a `"header":"value"` pair from the patterns.
  const text = redactSecrets(String(value));
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}

function formatLine(event: string, fields: LogFields = {}): string {
  const parts = Object.entries(fields)
    .filter(
      (entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null,
    )
    .map(([key, value]) => `${key}=${formatValue(value)}`);
  return redactSecrets([event, ...parts].join(' '));
}

function lastLines(path: string, count: number): string[] {
  try {
    return readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '')
      .slice(-count);
  } catch {
    return [];
  }
}

/**
 * The rotating log file in the data folder, through electron-log's Node entry (the same library main
 * could use, and it runs under plain Node for the command line): synchronous appends, so the line about
 * a crash is on disk before the process ends; 0600 like the rest of the data folder; one older file kept.
 */
export function createFileLog(dataDir: string, options: FileLogOptions): Logger {
  const file = join(dataDir, LOG_FILE_NAME);
  try {
    preparePrivateFolder(dataDir);
  } catch {
    // A folder that cannot be made is reported by the store, in words; the log just stays empty.
  }
  const log = electronLog.create({ logId: `back-online:${file}` });
  // Nothing to the terminal, not even electron-log's own note that a write failed: the owner hears of a
  // refusing disk from the store, in words, and the command line's output stays theirs.
  // electron-log's file registry is shared and reports through the default instance's console.
  for (const instance of [log, electronLog]) {
    instance.transports.console.level = false;
    instance.transports.console.writeFn = () => undefined;
  }
  const transport = log.transports.file;
  transport.level = 'info';
  transport.maxSize = options.maxBytes ?? DEFAULT_MAX_BYTES;
  transport.sync = true;
  transport.resolvePathFn = () => file;
  transport.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  transport.format = `[{y}-{m}-{d} {h}:{i}:{s}.{ms}{z}] [{level}] [${options.processName}] {text}`;

  return {
    file,
    info: (event, fields) => log.info(formatLine(event, fields)),
    warn: (event, fields) => log.warn(formatLine(event, fields)),
    error: (event, fields) => log.error(formatLine(event, fields)),
    recentLines(count) {
      const current = lastLines(file, count);
      if (current.length >= count) return current;
      return [...lastLines(join(dataDir, OLD_LOG_FILE_NAME), count - current.length), ...current];
    },
  };
}
