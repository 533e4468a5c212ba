import { useEffect, useRef } from 'react';
import type { WindowRoute } from '../../shared/window-route';
import { routeToHash } from '../../shared/window-route';

/** The element a screen marks as its heading, where focus goes when the screen changes. */
export const ROUTE_HEADING_SELECTOR = '[data-route-heading]';

/**
 * Moves focus to the new screen's heading on every route change, so a keyboard or screen-reader user
 * lands on "where am I now" instead of on the page body. The first screen keeps the browser's own focus.
 */
export function useRouteFocus(route: WindowRoute, container: React.RefObject<HTMLElement | null>): void {
  const address = routeToHash(route);
  const previous = useRef(address);
  useEffect(() => {
    if (previous.current === address) return;
    previous.current = address;
    const heading = container.current?.querySelector<HTMLElement>(ROUTE_HEADING_SELECTOR);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [address, container]);
}
