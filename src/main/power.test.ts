import { describe, expect, it, vi } from 'vitest';
import { FakeService } from './testing/fake-service';

const powerMonitor = vi.hoisted(() => {
  const listeners = new Map<string, Set<() => void>>();
  return {
    listeners,
    on(name: string, listener: () => void) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(listener);
    },
    removeListener(name: string, listener: () => void) {
      listeners.get(name)?.delete(listener);
    },
    emit(name: string) {
      for (const listener of listeners.get(name) ?? []) listener();
    },
  };
});
vi.mock('electron', () => ({ powerMonitor }));

const { watchPower } = await import('./power');

describe('watchPower', () => {
  it('tells the service about sleep and wake, until stopped', () => {
    const service = new FakeService();
    const stop = watchPower(service);
    powerMonitor.emit('suspend');
    powerMonitor.emit('resume');
    expect(service.lifecycle).toEqual(['suspended', 'resumed']);

    stop();
    powerMonitor.emit('suspend');
    expect(service.lifecycle).toEqual(['suspended', 'resumed']);
  });
});
