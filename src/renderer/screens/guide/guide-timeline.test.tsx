import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../../shared/app-state';
import { describeCause } from '../../../shared/diagnosis';
import type { IncidentEvent } from '../../../shared/incident';
import type { Locale } from '../../../shared/locale';
import { SAMPLE_NOW, SAMPLE_STATES } from '../../test-support/app-state-samples';
import type { FakeBridge } from '../../test-support/fake-bridge';
import { settle } from '../../test-support/fake-bridge';
import { fullIncident, minutesAgo } from '../../test-support/incident-samples';
import { callsTo, renderGuide } from '../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };

const DETECTED: IncidentEvent = {
  at: minutesAgo(20),
  type: 'detected',
  monitorId: 'm1',
  cause: 'http_server_error',
  details: { host: 'shop.example.nl', statusCode: 500 },
  text: 'Webshop',
};

function timelineLines(name = 'What happened so far'): string[] {
  const region = screen.getByRole('region', { name });
  return within(region)
    .getAllByRole('listitem')
    .map((item) => `${item.querySelector('time')?.textContent} ${item.querySelector('span')?.textContent}`);
}

describe('opening a just-detected incident tells the app the owner is looking into it', () => {
  function investigating(state: AppState) {
    return (bridge: FakeBridge) =>
      bridge.respond('incidents.setPhase', () => ({
        ok: true,
        value: fullIncident({ ...state.openIncidents[0]!, phase: 'investigating', updatedAt: SAMPLE_NOW }, [
          DETECTED,
          { at: SAMPLE_NOW, type: 'phase_changed', phase: 'investigating' },
        ]),
      }));
  }

  it('asks once, and the timeline then says "being looked into"', async () => {
    const state = SAMPLE_STATES.down(EN);
    const { bridge } = await renderGuide(state, { timeline: [DETECTED], prepare: investigating(state) });
    expect(callsTo(bridge, 'incidents.setPhase')).toEqual([{ id: 'i1', phase: 'investigating' }]);
    expect(timelineLines().at(-1)).toBe('13:02 Status: Being looked into');
  });

  it('does not ask again when the screen re-renders or the owner opens it again', async () => {
    const state = SAMPLE_STATES.down(EN);
    const { bridge } = await renderGuide(state, { timeline: [DETECTED], prepare: investigating(state) });
    // The app has not yet pushed the new phase: the live state still says "detected".
    await act(async () => bridge.push({ ...SAMPLE_STATES.down(EN), generatedAt: SAMPLE_NOW + 1 }));
    fireEvent.click(screen.getByRole('button', { name: /Back to the overview/ }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Open the problem with Webshop' })),
    );
    await act(settle);
    expect(callsTo(bridge, 'incidents.setPhase')).toHaveLength(1);
  });

  it('leaves an incident alone that is already further along', async () => {
    const state = SAMPLE_STATES.down(EN);
    state.openIncidents = [{ ...state.openIncidents[0]!, phase: 'identified' }];
    const { bridge } = await renderGuide(state, { timeline: [DETECTED] });
    expect(callsTo(bridge, 'incidents.setPhase')).toEqual([]);
  });

  it('keeps the guide working, without alarm, when the app refuses', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), {
      timeline: [DETECTED],
      prepare: (fake) =>
        fake.respond('incidents.setPhase', () => ({ ok: false, error: { code: 'storage_failed' } })),
    });
    expect(callsTo(bridge, 'incidents.setPhase')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: /What is wrong/ })).toBeTruthy();
    expect(timelineLines()).toHaveLength(1);
  });
});

describe("the incident's timeline", () => {
  const title = (event: IncidentEvent) => describeCause(event.cause!, event.details ?? {}, EN).title;
  const causeChanged: IncidentEvent = {
    at: minutesAgo(16),
    type: 'cause_changed',
    monitorId: 'm1',
    cause: 'connection_refused',
    details: { host: 'shop.example.nl', port: 443 },
  };
  const stillFailing: IncidentEvent = {
    at: minutesAgo(14),
    type: 'check_failed',
    monitorId: 'm1',
    cause: 'response_timeout',
    details: { host: 'shop.example.nl', timeoutMs: 10_000 },
  };
  // Listed out of order on purpose: the window tells the story oldest first.
  const timeline: IncidentEvent[] = [
    { at: minutesAgo(9), type: 'note', text: 'Called the hosting company' },
    DETECTED,
    { at: minutesAgo(18), type: 'monitor_joined', monitorId: 'm2', text: 'Old website name' },
    { at: minutesAgo(17), type: 'monitor_joined', monitorId: 'gone', text: 'Backup server' },
    causeChanged,
    { at: minutesAgo(15), type: 'phase_changed', phase: 'identified' },
    stillFailing,
    { at: minutesAgo(13), type: 'action_tried', text: 'Restarted the router' },
    { at: minutesAgo(12), type: 'check_passed', monitorId: 'm2' },
    { at: minutesAgo(11), type: 'flapped', monitorId: 'm2', cause: 'http_server_error', details: {} },
    { at: minutesAgo(10), type: 'message_copied', text: 'Message for your team' },
    { at: minutesAgo(10), type: 'message_sent', text: 'E-mailed the customers' },
    { at: minutesAgo(8), type: 'check_passed', cause: 'slow_response', details: { durationMs: 6_000 } },
  ];

  it('tells each event in plain words with its clock time, newest last', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), { timeline });
    expect(timelineLines()).toEqual([
      '12:42 Problem noticed: Your website shows an error instead of your pages',
      '12:44 Website also affected',
      '12:45 Backup server also affected',
      `12:46 New diagnosis: ${title(causeChanged)}`,
      '12:47 Status: Cause found',
      `12:48 Webshop still does not work: ${title(stillFailing)}`,
      '12:49 Tried: Restarted the router',
      '12:50 Website works again',
      '12:51 Website went down again shortly after recovering',
      '12:52 Message copied: Message for your team',
      '12:52 Message sent: E-mailed the customers',
      '12:53 Note: Called the hosting company',
      `12:54 Your internet connection works again, but: ${describeCause('slow_response', { durationMs: 6_000 }, EN).title}`,
    ]);
  });

  it('reads as well in Dutch', async () => {
    await renderGuide(SAMPLE_STATES.down(NL), { timeline });
    const lines = timelineLines('Wat er tot nu toe is gebeurd');
    expect(lines[0]).toBe(
      '12:42 Probleem opgemerkt: Uw website toont een foutmelding in plaats van uw pagina’s',
    );
    expect(lines).toContain('12:47 Stand van zaken: Oorzaak gevonden');
    expect(lines).toContain('12:50 Website werkt weer');
    expect(lines).toContain('12:51 Website viel kort na het herstel opnieuw uit');
  });

  it('shows no technical codes', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), { timeline });
    const text = screen.getByRole('region', { name: 'What happened so far' }).textContent ?? '';
    for (const code of ['check_failed', 'connection_refused', 'phase_changed', 'undefined', 'ECONN', 'm2'])
      expect(text).not.toContain(code);
  });

  it('fetches it again when the live state says the incident changed', async () => {
    const { bridge, guide } = await renderGuide(SAMPLE_STATES.down(EN), { timeline: [DETECTED] });
    expect(callsTo(bridge, 'guide.get')).toEqual([{ incidentId: 'i1' }]);
    const later = { ...SAMPLE_STATES.down(EN), generatedAt: SAMPLE_NOW + 1 };
    const summary = { ...later.openIncidents[0]!, eventCount: 2, updatedAt: SAMPLE_NOW };
    later.openIncidents = [summary];
    guide.replace({
      ...guide.view(),
      incident: fullIncident(summary, [DETECTED, { at: SAMPLE_NOW, type: 'action_tried', text: 'Called' }]),
    });
    await act(async () => bridge.push(later));
    await act(settle);
    expect(callsTo(bridge, 'guide.get')).toHaveLength(2);
    expect(timelineLines().at(-1)).toBe('13:02 Tried: Called');
    // A state push that changes nothing about the incident does not fetch again.
    await act(async () => bridge.push({ ...later, generatedAt: SAMPLE_NOW + 2 }));
    await act(settle);
    expect(callsTo(bridge, 'guide.get')).toHaveLength(2);
  });

  it('shows how it ended when the problem is solved while the owner looks', async () => {
    const { bridge, guide } = await renderGuide(SAMPLE_STATES.down(EN), { timeline: [DETECTED] });
    const summary = bridge.state.openIncidents[0]!;
    guide.replace({
      ...guide.view(),
      incident: fullIncident(
        { ...summary, phase: 'resolved', resolvedAt: SAMPLE_NOW, updatedAt: SAMPLE_NOW },
        [DETECTED, { at: SAMPLE_NOW, type: 'resolved' }],
      ),
    });
    await act(async () => bridge.push({ ...SAMPLE_STATES.ok(EN), generatedAt: SAMPLE_NOW + 1 }));
    await act(settle);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This problem is solved');
    expect(timelineLines().at(-1)).toBe('13:02 Solved');
  });
});
