import type { ApiRequest } from '../../shared/api-contract';
import type { GuideProgress, VerificationRun } from '../../shared/guide/guide-progress';
import { newGuideProgress } from '../../shared/guide/guide-progress';
import type { GuideView } from '../../shared/guide/guide-view';
import type { Incident } from '../../shared/incident';
import type { RestartOutcome } from '../../shared/guide/restart-outcome';
import { SAMPLE_NOW } from './app-state-samples';
import type { FakeBridge } from './fake-bridge';

export function guideProgress(incidentId: string, overrides: Partial<GuideProgress> = {}): GuideProgress {
  return { ...newGuideProgress(incidentId, SAMPLE_NOW), ...overrides };
}

export function guideView(
  incident: Incident,
  progress: Partial<GuideProgress> = {},
  extra: Partial<Omit<GuideView, 'incident' | 'progress'>> = {},
): GuideView {
  return {
    incident,
    progress: guideProgress(incident.id, progress),
    restartableMonitorIds: [],
    memory: [],
    ...extra,
  };
}

/**
 * Answers the guide channels the way the app does, in the simplest form: one view, moved by each request,
 * so screen tests see their clicks come back. `restartOutcome` is what a restart answers.
 */
export function answerGuide(
  bridge: FakeBridge,
  initial: GuideView,
  restartOutcome?: RestartOutcome,
): { view(): GuideView; replace(next: GuideView): void } {
  let view = initial;
  const progress = (changes: Partial<GuideProgress>) => {
    view = { ...view, progress: { ...view.progress, ...changes } };
    return { ok: true as const, value: view };
  };
  const append = (event: Incident['timeline'][number]) => {
    view = { ...view, incident: { ...view.incident, timeline: [...view.incident.timeline, event] } };
  };
  bridge.respond('guide.get', () => ({ ok: true, value: view }));
  bridge.respond('guide.setStep', (request) =>
    progress({ step: (request as ApiRequest<'guide.setStep'>).step }),
  );
  bridge.respond('guide.setChecklistItem', (request) => {
    const { item, done, note } = request as ApiRequest<'guide.setChecklistItem'>;
    if (note) append({ at: SAMPLE_NOW, type: 'note', text: note });
    const others = view.progress.checklistDone.filter((entry) => entry !== item);
    return progress({ checklistDone: done ? [...others, item] : others });
  });
  bridge.respond('guide.recordFix', (request) => {
    const { fixId, outcome } = request as ApiRequest<'guide.recordFix'>;
    return progress({ fixes: [...view.progress.fixes, { fixId, outcome, at: SAMPLE_NOW }] });
  });
  bridge.respond('guide.supportRequestShared', (request) => {
    const { role, way } = request as ApiRequest<'guide.supportRequestShared'>;
    append({
      at: SAMPLE_NOW,
      type: 'action_tried',
      text: `support request ${way}`,
      details: { guideAction: 'support_request', role, way },
    });
    return progress({});
  });
  bridge.respond('guide.checkEverything', () => {
    const run: VerificationRun = {
      at: SAMPLE_NOW,
      results: bridge.state.monitors.map((entry) => ({
        monitorId: entry.monitor.id,
        monitorName: entry.monitor.name,
        passed: entry.status === 'up',
        status: entry.status === 'up' ? 'up' : 'down',
        cause: entry.cause,
        responseMs: entry.status === 'up' ? 690 : null,
        normalMs: 230,
        speed: entry.status === 'up' ? { kind: 'slower', factor: 3 } : { kind: 'unknown' },
      })),
    };
    progress({ verifications: [...view.progress.verifications, run] });
    return { ok: true, value: run };
  });
  bridge.respond('guide.resolve', (request) => {
    const { reason } = request as ApiRequest<'guide.resolve'>;
    append({ at: SAMPLE_NOW, type: 'resolved', ...(reason ? { text: reason } : {}) });
    view = { ...view, incident: { ...view.incident, phase: 'resolved', resolvedAt: SAMPLE_NOW } };
    return progress({ step: 'learn' });
  });
  bridge.respond('guide.saveReview', (request) => {
    const { answers, actionItems } = request as ApiRequest<'guide.saveReview'>;
    return progress({ review: { answers, actionItems, savedAt: SAMPLE_NOW } });
  });
  if (restartOutcome) bridge.respond('guide.restart', () => ({ ok: true, value: restartOutcome }));
  return {
    view: () => view,
    replace: (next) => {
      view = next;
    },
  };
}
