import { describe, expect, it } from 'vitest';
import { stateChanges } from './state-changes';
import { appState, AT, monitorState } from './state-test-builders';

describe('stateChanges', () => {
  it('tells the whole starting picture, with "checking" rather than "ok" while monitors wait', () => {
    const first = appState([monitorState('Webshop', 'pending'), monitorState('Kassa', 'up')]);
    expect(stateChanges(null, first)).toEqual([
      { type: 'monitor', at: AT, state: first.monitors[0] },
      { type: 'monitor', at: AT, state: first.monitors[1] },
      { type: 'overall', at: AT, overall: 'checking', offline: false },
    ]);
  });

  it('reports only what changed: a status, a cause, a pause reason, the overall state, the connection', () => {
    const before = appState([
      monitorState('Webshop', 'down', 'http_server_error'),
      monitorState('Kassa', 'up'),
      monitorState('Printer', 'paused', 'ok', { pausedReason: 'snoozed' }),
    ]);
    const later = AT + 60_000;
    const after = appState(
      [
        monitorState('Webshop', 'down', 'connection_refused', { lastCheckedAt: later }),
        monitorState('Kassa', 'up', 'ok', { lastCheckedAt: later }),
        monitorState('Printer', 'paused', 'ok', { pausedReason: 'maintenance', since: later }),
      ],
      { overall: 'offline', offline: true, generatedAt: later + 200 },
    );
    expect(stateChanges(before, after)).toEqual([
      { type: 'monitor', at: later, state: after.monitors[0] },
      { type: 'monitor', at: later, state: after.monitors[2] },
      { type: 'connection', at: later + 200, offline: true },
      { type: 'overall', at: later + 200, overall: 'offline', offline: true },
    ]);
    expect(stateChanges(after, after)).toEqual([]);
  });

  it('dates a new status from when it began and treats a monitor added meanwhile as new', () => {
    const before = appState([monitorState('Webshop', 'up')]);
    const after = appState(
      [
        monitorState('Webshop', 'down', 'http_server_error', { since: AT + 5_000 }),
        monitorState('Kassa', 'pending'),
      ],
      { overall: 'down', generatedAt: AT + 5_200 },
    );
    expect(stateChanges(before, after).map((change) => [change.type, change.at])).toEqual([
      ['monitor', AT + 5_000],
      ['monitor', AT],
      ['overall', AT + 5_200],
    ]);
  });
});
