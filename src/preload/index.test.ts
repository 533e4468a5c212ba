import { describe, expect, it, vi } from 'vitest';
import { API_CHANNELS } from '../shared/api-contract';
import type { AppState } from '../shared/app-state';

const fakes = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    invoked: [] as unknown[][],
    listeners,
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        fakes.invoked.push(args);
        return Promise.resolve({ ok: true, value: `answer to ${String(args[1])}` });
      },
      on(channel: string, listener: (...args: unknown[]) => void) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener(channel: string, listener: (...args: unknown[]) => void) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fakes.exposed.set(key, api) },
  ipcRenderer: fakes.ipcRenderer,
}));

await import('./index');

const api = fakes.exposed.get('backOnline') as Record<string, (...args: unknown[]) => unknown>;

describe('the preload bridge', () => {
  it('exposes one object with exactly one function per API channel plus the state subscription', () => {
    expect([...fakes.exposed.keys()]).toEqual(['backOnline']);
    expect(Object.keys(api).sort()).toEqual([...API_CHANNELS, 'onStateChanged', 'onUpdateChanged'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(Object.values(api)).not.toContain(fakes.ipcRenderer);
  });

  it('sends every channel over the one api IPC channel with its payload', async () => {
    for (const channel of API_CHANNELS) {
      await expect(api[channel]!({ probe: channel })).resolves.toEqual({
        ok: true,
        value: `answer to ${channel}`,
      });
    }
    expect(fakes.invoked).toEqual(API_CHANNELS.map((channel) => ['api', channel, { probe: channel }]));
  });

  it.each([
    ['onStateChanged', 'state', { overall: 'down' } as AppState],
    ['onUpdateChanged', 'update', { phase: 'ready', version: '1.2.0' }],
  ])('%s hands pushes on %s to the page without the IPC event, and unsubscribes', (name, channel, value) => {
    const seen: unknown[][] = [];
    const unsubscribe = api[name]!((...args: unknown[]) => seen.push(args)) as () => void;
    const emit = () => {
      for (const listener of fakes.listeners.get(channel) ?? []) listener({ sender: 'the ipc event' }, value);
    };
    emit();
    expect(seen).toEqual([[value]]);
    unsubscribe();
    emit();
    expect(seen).toHaveLength(1);
    expect(fakes.listeners.get(channel)?.size).toBe(0);
  });
});
