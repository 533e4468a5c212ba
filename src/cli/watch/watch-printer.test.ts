import { describe, expect, it } from 'vitest';
import { describeCause } from '../../shared/diagnosis';
import { watchCatalogs } from '../../shared/i18n/cli-watch';
import { pickCatalog } from '../../shared/i18n/interpolate';
import type { IncidentSummary } from '../../shared/incident';
import type { Locale } from '../../shared/locale';
import { createStyle } from '../output/style';
import { appState, AT, monitorState } from './state-test-builders';
import { WatchPrinter } from './watch-printer';

const en: Locale = { language: 'en', formality: 'formal' };
const nl: Locale = { language: 'nl', formality: 'informal' };

const shopIncident: IncidentSummary = {
  id: 'incident-1',
  groupKey: 'host:shop.example.nl',
  scope: 'site',
  monitorIds: ['id-Webshop'],
  cause: 'http_server_error',
  phase: 'detected',
  openedAt: AT,
  updatedAt: AT,
  resolvedAt: null,
  details: {},
  eventCount: 1,
  firstCustomerMessageAt: null,
};

function printer(
  locale: Locale,
  options: { json?: boolean; colours?: boolean; open?: IncidentSummary[] } = {},
) {
  let out = '';
  const watch = new WatchPrinter({
    write: (text) => void (out += text),
    texts: pickCatalog(watchCatalogs, locale),
    locale,
    json: options.json ?? false,
    style: createStyle(options.colours ?? false),
    openIncidents: () => options.open ?? [],
  });
  return { watch, lines: () => out.split('\n').filter((line) => line !== '') };
}

describe('WatchPrinter', () => {
  it('tells each change on its own line with the local time, a status word and the diagnosis', () => {
    const { watch, lines } = printer(en);
    watch.state(appState([monitorState('Webshop', 'pending'), monitorState('Printer', 'paused', 'ok')]));
    watch.state(
      appState(
        [
          monitorState('Webshop', 'down', 'http_server_error', {
            lastResult: {
              kind: 'http',
              target: 'https://shop.example.nl',
              status: 'down',
              cause: 'http_server_error',
              startedAt: AT,
              durationMs: 40,
              timings: { total: 40 },
              details: { statusCode: 503 },
            },
          }),
          monitorState('Printer', 'paused', 'ok', { pausedReason: 'maintenance' }),
        ],
        { overall: 'down' },
      ),
    );
    watch.state(appState([monitorState('Webshop', 'up'), monitorState('Printer', 'up')], { offline: true }));
    watch.state(appState([monitorState('Webshop', 'up'), monitorState('Printer', 'up')]));
    const title = describeCause('http_server_error', { statusCode: 503 }, en).title;
    expect(lines().map((line) => line.replace(/^\d\d:\d\d:\d\d {2}/, ''))).toEqual([
      'Webshop: checking…',
      'Printer: paused',
      'Overall: nothing wrong so far, still checking…',
      `Webshop: DOWN — ${title}`,
      'Printer: paused (maintenance)',
      'Overall: something is down',
      'Webshop: OK',
      'Printer: OK',
      'This computer is offline; the websites are checked again as soon as the connection is back.',
      'Overall: everything works',
      'The internet connection is back.',
      'Overall: everything works',
    ]);
    expect(lines().every((line) => /^\d\d:\d\d:\d\d {2}\S/.test(line))).toBe(true);
  });

  it('names the incident each event belongs to, looking up incidents it has not seen yet', () => {
    const { watch, lines } = printer(nl, { open: [shopIncident] });
    watch.state(appState([monitorState('Webshop', 'up'), monitorState('Checkout', 'up')]));
    const events = [
      { at: AT, type: 'detected', monitorId: 'id-Webshop', cause: 'http_server_error', text: 'Webshop' },
      {
        at: AT,
        type: 'monitor_joined',
        monitorId: 'id-Checkout',
        cause: 'http_server_error',
        text: 'Checkout',
      },
      { at: AT, type: 'cause_changed', monitorId: 'id-Webshop', cause: 'connection_refused' },
      { at: AT, type: 'check_passed', monitorId: 'id-Webshop' },
      { at: AT, type: 'phase_changed', phase: 'monitoring' },
      { at: AT, type: 'flapped', monitorId: 'id-Checkout', cause: 'http_server_error' },
      { at: AT, type: 'note', text: 'Hosting gebeld' },
      { at: AT, type: 'resolved' },
    ] as const;
    for (const event of events) watch.incident('incident-1', { ...event });
    const serverError = describeCause('http_server_error', {}, nl).title;
    const refused = describeCause('connection_refused', {}, nl).title;
    expect(
      lines()
        .slice(3)
        .map((line) => line.replace(/^\d\d:\d\d:\d\d {2}/, '')),
    ).toEqual([
      `Incident geopend: Webshop — ${serverError}`,
      'Incident Webshop en Checkout: Ook Checkout heeft hier last van',
      `Incident Webshop en Checkout: Nieuwe diagnose: ${refused}`,
      'Incident Webshop en Checkout: Webshop werkt weer',
      'Incident Webshop en Checkout: Stand van zaken: Verholpen, wordt in de gaten gehouden',
      'Incident Webshop en Checkout: Checkout viel kort na het herstel opnieuw uit',
      'Incident Webshop en Checkout: Notitie: Hosting gebeld',
      'Incident opgelost: Webshop en Checkout',
    ]);
  });

  it('colours status words on a terminal, never without the word itself', () => {
    const { watch, lines } = printer(en, { colours: true });
    watch.state(appState([monitorState('Webshop', 'down', 'http_server_error')], { overall: 'down' }));
    expect(lines()[0]).toContain('\u001b[31m\u001b[1mDOWN\u001b[0m\u001b[0m');
  });

  it('prints JSON lines: monitors, the overall state with the connection, incident events as stored', () => {
    const { watch, lines } = printer(en, { json: true });
    watch.state(appState([monitorState('Webshop', 'pending')]));
    watch.state(
      appState([monitorState('Webshop', 'down', 'http_server_error', { since: AT + 1_000 })], {
        overall: 'offline',
        offline: true,
        generatedAt: AT + 1_200,
      }),
    );
    const event = {
      at: AT + 1_000,
      type: 'detected',
      monitorId: 'id-Webshop',
      cause: 'http_server_error',
    } as const;
    watch.incident('incident-1', { ...event });
    expect(lines().map((line) => JSON.parse(line))).toEqual([
      {
        type: 'monitor',
        at: AT,
        monitorId: 'id-Webshop',
        name: 'Webshop',
        status: 'pending',
        cause: 'unknown',
        title: null,
      },
      { type: 'overall', at: AT, overall: 'checking', offline: false },
      {
        type: 'monitor',
        at: AT + 1_000,
        monitorId: 'id-Webshop',
        name: 'Webshop',
        status: 'down',
        cause: 'http_server_error',
        title: describeCause('http_server_error', {}, en).title,
      },
      { type: 'overall', at: AT + 1_200, overall: 'offline', offline: true },
      { type: 'incident', at: AT + 1_000, incidentId: 'incident-1', event },
    ]);
  });
});
