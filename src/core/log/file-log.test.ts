import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLog, LOG_FILE_NAME, OLD_LOG_FILE_NAME } from './file-log';
import { errorFields } from './logger';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'back-online-log-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the file log', () => {
  it('never writes a token, a password in an address or an Authorization header', () => {
    const log = createFileLog(join(dir, 'data'), { processName: 'test' });
    const leaky = new Error(
      'fetch https://ann:geheim-wachtwoord@shop.example.nl/ failed; link http://127.0.0.1:4000/?token=SECRET-TOKEN-1 ' +
        'headers {"x-back-online-token":"SECRET-TOKEN-2","authorization":"Bearer SECRET-TOKEN-3"} cookie back-online-token-4000=SECRET-4',
    );
    log.error('request_failed', { ...errorFields(leaky), url: 'https://bob:hunter2@nas.local/' });
    const text = readFileSync(join(dir, 'data', LOG_FILE_NAME), 'utf8');
    expect(text).toContain('request_failed');
    expect(text).toContain('https://…@shop.example.nl/');
    for (const secret of ['geheim-wachtwoord', 'SECRET', 'hunter2', 'ann:', 'bob:'])
      expect(text).not.toContain(secret);
    expect(statSync(join(dir, 'data', LOG_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
  });

  it('rotates to one older file and reads its last lines across both', () => {
    const log = createFileLog(dir, { processName: 'test', maxBytes: 2_000 });
    for (let line = 1; line <= 60; line++) log.info('tick', { line });
    expect(existsSync(join(dir, OLD_LOG_FILE_NAME))).toBe(true);
    expect(statSync(join(dir, LOG_FILE_NAME)).size).toBeLessThan(2_000 + 200);
    const recent = log.recentLines(40);
    expect(recent).toHaveLength(40);
    expect(recent.at(-1)).toContain('tick line=60');
    expect(recent[0]).toContain('tick line=21');
    expect(log.file).toBe(join(dir, LOG_FILE_NAME));
  });
});
