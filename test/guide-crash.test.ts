import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiRequest, ApiResponses, ApiResult } from '../src/shared/api-contract';
import type { GuideProgress } from '../src/shared/guide/guide-progress';
import type { GuideView } from '../src/shared/guide/guide-view';
import { WEB_API_PREFIX, WEB_TOKEN_HEADER } from '../src/shared/web-mode';
import type { WebModeProcess } from './e2e/web-mode-process';
import { FAST_CHECKS, loopbackConnectivity, startWebMode } from './e2e/web-mode-process';
import type { HttpFixture } from './fixtures/http-fixture';
import { closedPort, startHttpFixture } from './fixtures/http-fixture';

/** Interval 10 s, no confirming re-checks: the first check is spread over one interval, then 2 s timeout. */
const INCIDENT_DEADLINE_MS = 30_000;

let dataDir: string;
let site: HttpFixture;
let config: Parameters<typeof startWebMode>[0];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'back-online-guide-crash-'));
  site = await startHttpFixture();
  await site.setMode('server_error');
  config = {
    checks: { ...FAST_CHECKS, timeoutSeconds: 2, confirmRechecks: 0 },
    connectivity: loopbackConnectivity(await closedPort()),
    monitors: [{ name: 'Webshop', target: site.url('/ok') }],
  };
});

afterAll(async () => {
  await site.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function call<C extends ApiChannel>(
  web: WebModeProcess,
  channel: C,
  request: ApiRequest<C>,
): Promise<ApiResponses[C]> {
  const response = await fetch(`${web.origin}${WEB_API_PREFIX}${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: web.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as ApiResult<ApiResponses[C]>;
  if (!result.ok) throw new Error(`${channel} answered ${result.error.code}`);
  return result.value;
}

async function waitFor<T>(what: string, deadlineMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the owner did in the guide; bookkeeping (events followed, last write) may move on after a restart. */
const ownerProgress = ({ step, checklistDone, fixes, verifications, review }: GuideProgress) => ({
  step,
  checklistDone,
  fixes,
  verifications,
  review,
});

/**
 * Does one guide action against a running `back-online web`, kills it with SIGKILL the moment the answer
 * is in, starts a new one on the same data folder and returns the guide as the new process reads it.
 */
async function actThenCrash(
  web: WebModeProcess,
  incidentId: string,
  action: (web: WebModeProcess) => Promise<unknown>,
): Promise<{ web: WebModeProcess; before: GuideView; after: GuideView }> {
  await action(web);
  const before = await call(web, 'guide.get', { incidentId });
  expect(await web.kill()).toBe('SIGKILL');
  const next = await startWebMode(config, [], dataDir);
  const after = await call(next, 'guide.get', { incidentId });
  expect(ownerProgress(after.progress)).toEqual(ownerProgress(before.progress));
  return { web: next, before, after };
}

describe('the guide of a real back-online web killed with SIGKILL', () => {
  it('keeps every step the owner took, and the phase it moved', { timeout: 240_000 }, async () => {
    let web = await startWebMode(config, [], dataDir);
    try {
      const incidentId = await waitFor('an incident', INCIDENT_DEADLINE_MS, async () => {
        const state = await call(web, 'state.get', {});
        return state.openIncidents[0]?.id ?? null;
      });

      let crash = await actThenCrash(web, incidentId, (w) =>
        call(w, 'guide.setStep', { incidentId, step: 'communicate' }),
      );
      web = crash.web;
      expect(crash.after.progress.step).toBe('communicate');
      expect(crash.after.incident.phase).toBe('identified');

      crash = await actThenCrash(web, incidentId, (w) =>
        call(w, 'guide.setChecklistItem', {
          incidentId,
          item: 'identify_ask_team',
          done: true,
          note: 'Jan updated a plugin this morning',
        }),
      );
      web = crash.web;
      expect(crash.after.progress.checklistDone).toEqual(['identify_ask_team']);
      expect(crash.after.incident.timeline.map((event) => event.text)).toContain(
        'Jan updated a plugin this morning',
      );

      crash = await actThenCrash(web, incidentId, (w) =>
        call(w, 'guide.recordFix', { incidentId, fixId: 'roll_back_update', outcome: 'worked' }),
      );
      web = crash.web;
      expect(crash.after.progress.fixes.map((fix) => [fix.fixId, fix.outcome])).toEqual([
        ['roll_back_update', 'worked'],
      ]);
      expect(crash.after.incident.phase).toBe('monitoring');

      await site.setMode('up');
      crash = await actThenCrash(web, incidentId, (w) => call(w, 'guide.checkEverything', { incidentId }));
      web = crash.web;
      expect(crash.after.progress.verifications.at(-1)?.results.map((result) => result.passed)).toEqual([
        true,
      ]);

      crash = await actThenCrash(web, incidentId, (w) => call(w, 'guide.resolve', { incidentId }));
      web = crash.web;
      expect(crash.after.incident.phase).toBe('resolved');
      expect(crash.after.progress.step).toBe('learn');

      crash = await actThenCrash(web, incidentId, (w) =>
        call(w, 'guide.saveReview', {
          incidentId,
          answers: {
            whatCaused: 'A plugin update',
            wentWell: 'Rolled back in minutes',
            toImprove: 'Update on Mondays',
          },
          actionItems: [{ text: 'Keep a list of plugins', done: false }],
        }),
      );
      web = crash.web;
      expect(crash.after.progress.review.answers.whatCaused).toBe('A plugin update');
      expect(crash.after.progress.review.actionItems).toEqual([
        { text: 'Keep a list of plugins', done: false },
      ]);
    } finally {
      await web.stop();
    }
  });
});
