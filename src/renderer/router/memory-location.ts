import type { WindowRoute } from '../../shared/window-route';
import { sameRoute } from '../../shared/window-route';
import type { RouteLocation } from './route-location';

/** A route history in memory: the default where no address bar is wanted, and each test's own history. */
export class MemoryLocation implements RouteLocation {
  private entries: WindowRoute[];
  private index = 0;
  private readonly listeners = new Set<(route: WindowRoute) => void>();

  constructor(start: WindowRoute = { page: 'home' }) {
    this.entries = [start];
  }

  current(): WindowRoute {
    return this.entries[this.index] ?? { page: 'home' };
  }

  go(route: WindowRoute): void {
    if (sameRoute(route, this.current())) return;
    this.entries = [...this.entries.slice(0, this.index + 1), route];
    this.index += 1;
    this.notify();
  }

  replace(route: WindowRoute): void {
    this.entries[this.index] = route;
    this.notify();
  }

  back(): void {
    if (this.index === 0) return;
    this.index -= 1;
    this.notify();
  }

  forward(): void {
    if (this.index >= this.entries.length - 1) return;
    this.index += 1;
    this.notify();
  }

  subscribe(listener: (route: WindowRoute) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const route = this.current();
    for (const listener of this.listeners) listener(route);
  }
}
