import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppState, OverallStatus } from '../../../shared/app-state';
import { pickCatalog } from '../../../shared/i18n/interpolate';
import { tabStatusTexts } from '../../../shared/i18n/tab-status';
import type { Locale } from '../../../shared/locale';
import { STATE_BADGES } from '../../../shared/state-badge';
import { SAMPLE_STATES, appState, monitorState } from '../../test-support/app-state-samples';
import { renderInLocale } from '../../test-support/render-in-locale';
import { faviconHref, NO_FAVICON, tabStatus } from './tab-status';
import { useTabStatus } from './use-tab-status';

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };
const JE: Locale = { language: 'nl', formality: 'informal' };

function statusIn(locale: Locale, state: AppState | null, connection: 'live' | 'reconnecting' = 'live') {
  return tabStatus(state, connection, pickCatalog(tabStatusTexts, locale), locale.language);
}

/** The favicon's SVG, parsed back from its data URL. */
function faviconSvg(href: string): Document {
  const prefix = 'data:image/svg+xml,';
  expect(href.startsWith(prefix)).toBe(true);
  return new DOMParser().parseFromString(decodeURIComponent(href.slice(prefix.length)), 'image/svg+xml');
}

describe('the tab title follows the overall state', () => {
  it('names the monitor that is down first, and says so in each language', () => {
    expect(statusIn(EN, SAMPLE_STATES.down(EN))).toEqual({
      title: '● Webshop is down — Back Online',
      badge: 'down',
    });
    expect(statusIn(NL, SAMPLE_STATES.down(NL)).title).toBe('● Webshop werkt niet — Back Online');
    expect(statusIn(JE, SAMPLE_STATES.down(JE)).title).toBe('● Webshop werkt niet — Back Online');
  });

  it('lists two or three names and counts more', () => {
    const down = (count: number) =>
      appState(
        'down',
        [0, 1, 2, 3, 4].map((index) => monitorState(index, index < count ? 'down' : 'up')),
      );
    expect(statusIn(EN, down(2)).title).toBe('● Webshop and Website are down — Back Online');
    expect(statusIn(NL, down(3)).title).toBe('● Webshop, Website en Mail server werken niet — Back Online');
    expect(statusIn(EN, down(4)).title).toBe('● 4 checks are down — Back Online');
  });

  it('puts the app first when nothing needs the owner', () => {
    expect(statusIn(EN, SAMPLE_STATES.ok(EN))).toEqual({ title: 'Back Online — all fine', badge: 'ok' });
    expect(statusIn(NL, SAMPLE_STATES.ok(NL)).title).toBe('Back Online — alles in orde');
    expect(statusIn(EN, SAMPLE_STATES.paused(EN))).toEqual({
      title: 'Back Online — alerts snoozed',
      badge: 'paused',
    });
    expect(statusIn(EN, SAMPLE_STATES.pending(EN))).toEqual({
      title: 'Back Online — checking…',
      badge: null,
    });
    expect(statusIn(EN, SAMPLE_STATES.empty(EN)).badge).toBeNull();
    expect(statusIn(EN, null)).toEqual({ title: 'Back Online', badge: null });
  });

  it('speaks to the owner as u or je when they are offline', () => {
    expect(statusIn(EN, SAMPLE_STATES.offline(EN))).toEqual({
      title: '● You are offline — Back Online',
      badge: 'offline',
    });
    expect(statusIn(NL, SAMPLE_STATES.offline(NL)).title).toBe('● U bent offline — Back Online');
    expect(statusIn(JE, SAMPLE_STATES.offline(JE)).title).toBe('● Je bent offline — Back Online');
    expect(statusIn(EN, SAMPLE_STATES.degraded(EN)).title).toBe(
      '● Certificate needs attention — Back Online',
    );
  });

  it('does not show a stale "all fine" once contact with the app is lost', () => {
    expect(statusIn(NL, SAMPLE_STATES.ok(NL), 'reconnecting')).toEqual({
      title: '● Contact verbroken — Back Online',
      badge: 'offline',
    });
  });
});

describe('the favicon draws the tray badge of the state', () => {
  it.each(Object.keys(STATE_BADGES) as OverallStatus[])('%s: the badge in its own colours', (state) => {
    const svg = faviconSvg(faviconHref(state));
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.documentElement.getAttribute('viewBox')).toBe('0 0 16 16');
    const silhouette = svg.documentElement.firstElementChild;
    expect(silhouette?.getAttribute('fill')).toBe(STATE_BADGES[state].fill);
    expect(svg.documentElement.innerHTML).toContain(STATE_BADGES[state].ink);
  });

  it('tells the shapes apart, not only the colours', () => {
    const shape = (state: OverallStatus) => faviconSvg(faviconHref(state)).documentElement.innerHTML;
    const shapes = new Set(
      (Object.keys(STATE_BADGES) as OverallStatus[]).map((state) =>
        shape(state).replaceAll(/#[0-9a-f]{6}/g, ''),
      ),
    );
    expect(shapes.size).toBe(5);
    expect(faviconHref(null)).toBe(NO_FAVICON);
  });
});

function TabStatusProbe() {
  useTabStatus();
  return null;
}

describe('useTabStatus', () => {
  it('changes the document title and favicon link when the site goes down and when the language changes', () => {
    const { store } = renderInLocale(<TabStatusProbe />, EN, SAMPLE_STATES.ok(EN));
    const icon = () => document.head.querySelector<HTMLLinkElement>('link[rel="icon"]');
    expect(document.title).toBe('Back Online — all fine');
    expect(icon()?.type).toBe('image/svg+xml');
    expect(icon()?.getAttribute('href')).toBe(faviconHref('ok'));

    act(() => store.setState({ appState: SAMPLE_STATES.down(EN) }));
    expect(document.title).toBe('● Webshop is down — Back Online');
    expect(icon()?.getAttribute('href')).toBe(faviconHref('down'));

    act(() => store.setState({ appState: SAMPLE_STATES.down(JE) }));
    expect(document.title).toBe('● Webshop werkt niet — Back Online');
    expect(document.head.querySelectorAll('link[rel="icon"]')).toHaveLength(1);
  });
});
