import { useEffect, useRef } from 'react';
import type { WindowRoute } from '../../shared/window-route';
import { routeToHash } from '../../shared/window-route';

/** The element a screen marks as its heading, where focus goes when the screen changes. */
export const ROUTE_HEADING_SELECTOR = '[data-route-heading]';

function focusHeading(container: HTMLElement): boolean {
  const heading = container.querySelector<HTMLElement>(ROUTE_HEADING_SELECTOR);
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/**
 * Moves focus to the new screen's heading on every route change, so a keyboard or screen-reader user
 * lands on "where am I now" instead of on the page body. A screen still loading marks no heading yet;
 * focus then waits for the heading to appear. The first screen keeps the browser's own focus.
 */
export function useRouteFocus(route: WindowRoute, container: React.RefObject<HTMLElement | null>): void {
  const address = routeToHash(route);
  const previous = useRef(address);
  useEffect(() => {
    const root = container.current;
    if (previous.current === address || !root) return;
    previous.current = address;
    if (focusHeading(root)) return;
    const observer = new MutationObserver(() => {
      if (focusHeading(root)) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [address, container]);
}
