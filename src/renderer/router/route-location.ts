import type { WindowRoute } from '../../shared/window-route';
import { routeFromHash, routeToHash } from '../../shared/window-route';

/** Where the window is, and the one way to move: through the address, so back and forward just work. */
export interface RouteLocation {
  current(): WindowRoute;
  /** A new history entry: the browser's (or the mouse's) back button returns from it. */
  go(route: WindowRoute): void;
  /** The same entry made more precise, e.g. an incident without a step completed with its step. */
  replace(route: WindowRoute): void;
  subscribe(listener: (route: WindowRoute) => void): () => void;
}

type HashWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** The window's URL hash as the route; main and web-mode links write the same hashes (window-route.ts). */
export function hashLocation(win: HashWindow): RouteLocation {
  const listeners = new Set<(route: WindowRoute) => void>();
  const current = () => routeFromHash(win.location.hash);
  const notify = () => {
    const route = current();
    for (const listener of listeners) listener(route);
  };
  return {
    current,
    go(route) {
      const hash = routeToHash(route);
      if (win.location.hash !== hash) win.location.hash = hash;
    },
    replace(route) {
      const { pathname, search } = win.location;
      win.history.replaceState(win.history.state, '', `${pathname}${search}${routeToHash(route)}`);
      // replaceState fires no hashchange, and the screen must still follow.
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0) win.addEventListener('hashchange', notify);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('hashchange', notify);
      };
    },
  };
}
