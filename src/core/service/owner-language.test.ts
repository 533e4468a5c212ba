import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGuideEvent } from '../../shared/guide/guide-events';
import type { IncidentEvent } from '../../shared/incident';
import { describeIncidentEvent } from '../../shared/incident-events';
import type { Locale } from '../../shared/locale';
import { guideServiceWorld } from '../../../test/support/guide-service';

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };

describe('owner actions in the timeline keep the language of the moment', () => {
  let world: ReturnType<typeof guideServiceWorld>;

  beforeEach(() => {
    world = guideServiceWorld();
  });

  afterEach(() => world.cleanUp());

  it('stores each action in the window’s language then, shows it so, and the app’s own events in today’s', async () => {
    const { call, openIncident } = await world.start([
      { name: 'Webshop', target: 'https://shop.example.nl' },
    ]);
    const incidentId = await openIncident('Webshop');

    await call('guide.setChecklistItem', {
      incidentId,
      item: 'identify_ask_team',
      done: true,
      note: 'Jan updated the shop plugin',
    });
    await call('settings.set', { language: 'nl' });
    await call('guide.recordFix', { incidentId, fixId: 'roll_back_update', outcome: 'tried' });
    const { incident } = await call('guide.get', { incidentId });

    const ofType = (type: IncidentEvent['type'], guideAction?: string): IncidentEvent => {
      const found = incident.timeline.find(
        (event) =>
          event.type === type &&
          (guideAction === undefined || readGuideEvent(event)?.guideAction === guideAction),
      );
      if (!found) throw new Error(`no ${type} event`);
      return found;
    };
    const asked = ofType('action_tried', 'checklist');
    const note = ofType('note');
    const fix = ofType('action_tried', 'fix');
    const detected = ofType('detected');
    expect([asked.text, note.text, fix.text]).toEqual([
      'Asked the team whether anything changed today',
      'Jan updated the shop plugin',
      'Draai de laatste update van een plug-in of thema terug',
    ]);
    // The guide still reads its facts, whatever the language.
    expect(readGuideEvent(fix)).toEqual({ guideAction: 'fix', fixId: 'roll_back_update', outcome: 'tried' });

    const names = new Map([[incident.monitorIds[0] ?? '', 'Webshop']]);
    const shown = (event: IncidentEvent, locale: Locale) =>
      describeIncidentEvent(event, names, locale, incident);
    for (const today of [EN, NL]) {
      expect(shown(asked, today)).toBe('Tried: Asked the team whether anything changed today');
      expect(shown(note, today)).toBe('Note: Jan updated the shop plugin');
      expect(shown(fix, today)).toBe('Geprobeerd: Draai de laatste update van een plug-in of thema terug');
    }
    expect(shown(detected, EN)).toMatch(/^Problem noticed: /);
    expect(shown(detected, NL)).toMatch(/^Probleem opgemerkt: /);
  });
});
