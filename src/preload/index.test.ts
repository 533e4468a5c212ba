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
    expect(Object.keys(api).sort()).toEqual([...API_CHANNELS, 'onStateChanged'].sort());
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

  it('hands state pushes to the page without the IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const unsubscribe = api.onStateChanged!((...args: unknown[]) => seen.push(args)) as () => void;
    const state = { overall: 'down' } as AppState;
    const emit = () => {
      for (const listener of fakes.listeners.get('state') ?? []) listener({ sender: 'the ipc event' }, state);
    };
    emit();
    expect(seen).toEqual([[state]]);
    unsubscribe();
    emit();
    expect(seen).toHaveLength(1);
    expect(fakes.listeners.get('state')?.size).toBe(0);
  });
});
