import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../shared/update-status';
import { NO_UPDATE } from '../../shared/update-status';
import type { UpdaterEvent } from './update-state';
import { installDecision, mayCheckForUpdate, nextUpdateStatus } from './update-state';

const run = (events: UpdaterEvent[], from: UpdateStatus = NO_UPDATE) => events.reduce(nextUpdateStatus, from);

describe('where an update stands', () => {
  it('goes from a check through the download to ready', () => {
    expect(run([{ type: 'checking' }])).toEqual({ phase: 'checking', version: null });
    expect(run([{ type: 'checking' }, { type: 'available', version: '1.2.0' }])).toEqual({
      phase: 'downloading',
      version: '1.2.0',
    });
    expect(
      run([
        { type: 'checking' },
        { type: 'available', version: '1.2.0' },
        { type: 'downloaded', version: '1.2.0' },
      ]),
    ).toEqual({ phase: 'ready', version: '1.2.0' });
  });

  it('goes back to idle when there is nothing new, and to error when the check or download fails', () => {
    expect(run([{ type: 'checking' }, { type: 'not_available' }])).toEqual(NO_UPDATE);
    expect(run([{ type: 'checking' }, { type: 'failed' }])).toEqual({ phase: 'error', version: null });
    expect(run([{ type: 'checking' }, { type: 'available', version: '1.2.0' }, { type: 'failed' }])).toEqual({
      phase: 'error',
      version: '1.2.0',
    });
  });

  it('keeps a downloaded update ready whatever a later check says', () => {
    const ready: UpdateStatus = { phase: 'ready', version: '1.2.0' };
    for (const event of [
      { type: 'checking' },
      { type: 'not_available' },
      { type: 'failed' },
      { type: 'available', version: '1.3.0' },
    ] as UpdaterEvent[])
      expect(nextUpdateStatus(ready, event)).toBe(ready);
  });

  it('does not call a running download a new check', () => {
    const downloading: UpdateStatus = { phase: 'downloading', version: '1.2.0' };
    expect(nextUpdateStatus(downloading, { type: 'checking' })).toBe(downloading);
  });

  it('checks only when nothing is under way or waiting', () => {
    expect(mayCheckForUpdate(NO_UPDATE)).toBe(true);
    expect(mayCheckForUpdate({ phase: 'error', version: null })).toBe(true);
    expect(mayCheckForUpdate({ phase: 'checking', version: null })).toBe(false);
    expect(mayCheckForUpdate({ phase: 'downloading', version: '1.2.0' })).toBe(false);
    expect(mayCheckForUpdate({ phase: 'ready', version: '1.2.0' })).toBe(false);
  });
});

describe('restarting into an update', () => {
  const ready: UpdateStatus = { phase: 'ready', version: '1.2.0' };

  it('restarts when the owner asks and no problem is open', () => {
    expect(installDecision(ready, false)).toBe('restart');
  });

  it('asks the owner first while a problem is open', () => {
    expect(installDecision(ready, true)).toBe('ask_owner');
  });

  it('has nothing to install before the download is done', () => {
    for (const phase of ['idle', 'checking', 'downloading', 'error'] as const)
      expect(installDecision({ phase, version: null }, false)).toBe('not_ready');
  });
});
