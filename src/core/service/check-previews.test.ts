import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiParsedRequest } from '../../shared/api-contract';
import { parseApiRequest } from '../../shared/api-contract';
import type { CheckResult } from '../../shared/check-result';
import type { Monitor } from '../../shared/monitor';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { startHttpFixture, type HttpFixture } from '../../../test/fixtures/http-fixture';
import { makeResult } from '../../../test/support/scheduler-harness';
import { CheckPreviews } from './check-previews';
import { createBackOnlineService } from '.';

/** A check runner whose checks finish only when the test says so, recording what ran when. */
function heldChecks() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  let running = 0;
  let mostAtOnce = 0;
  const runCheck = (monitor: Monitor): Promise<CheckResult> => {
    started.push(monitor.target);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    return new Promise((resolve) =>
      finish.set(monitor.target, () => {
        running -= 1;
        resolve(makeResult(monitor.target, 'up', 'ok', 0));
      }),
    );
  };
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setImmediate(resolve));
  };
  return { started, finish, runCheck, until, mostAtOnce: () => mostAtOnce };
}

const request = (target: string, window = 'window-one') => ({ window, target });

describe('check previews', () => {
  it('runs one preview at a time per window and only the newest of the ones typed meanwhile', async () => {
    const held = heldChecks();
    const previews = new CheckPreviews({
      runCheck: held.runCheck,
      checks: () => DEFAULT_SETTINGS.checks,
      now: () => 0,
    });
    const first = previews.preview(request('https://b'));
    const second = previews.preview(request('https://ba'));
    const third = previews.preview(request('https://bak'));
    expect(await second).toEqual({ ok: true, value: { outcome: 'superseded' } });
    await held.until(() => held.finish.has('https://b'));
    held.finish.get('https://b')?.();
    expect(await first).toMatchObject({ ok: true, value: { outcome: 'checked', target: 'https://b' } });
    await held.until(() => held.finish.has('https://bak'));
    held.finish.get('https://bak')?.();
    expect(await third).toMatchObject({ ok: true, value: { outcome: 'checked', target: 'https://bak' } });
    expect(held.started).toEqual(['https://b', 'https://bak']);
    expect(held.mostAtOnce()).toBe(1);
  });

  it('lets different windows preview side by side, up to a limit', async () => {
    const held = heldChecks();
    const previews = new CheckPreviews({
      runCheck: held.runCheck,
      checks: () => DEFAULT_SETTINGS.checks,
      now: () => 0,
    });
    const answers = Array.from({ length: 8 }, (_, index) =>
      previews.preview(request(`https://site-${index}`, `window-${index}`)),
    );
    await held.until(() => held.started.length === 8);
    expect(await previews.preview(request('https://one-too-many', 'window-9'))).toEqual({
      ok: false,
      error: { code: 'unavailable' },
    });
    for (const finish of held.finish.values()) finish();
    expect((await Promise.all(answers)).every((answer) => answer.ok)).toBe(true);
    const later = previews.preview(request('https://one-too-many', 'window-9'));
    await held.until(() => held.finish.has('https://one-too-many'));
    held.finish.get('https://one-too-many')?.();
    expect(await later).toMatchObject({ ok: true, value: { outcome: 'checked' } });
  });
});

describe('checks.preview through the service', () => {
  let site: HttpFixture;
  let dataDir: string;

  beforeAll(async () => {
    site = await startHttpFixture();
    dataDir = mkdtempSync(join(tmpdir(), 'back-online-preview-'));
  });

  afterAll(async () => {
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('checks a real site once, spells the target out and stores nothing', async () => {
    const service = await createBackOnlineService({
      dataDir,
      reportError: (error) => {
        throw error;
      },
    });
    try {
      const target = `http://127.0.0.1:${site.port}/ok`;
      const answer = await service.handle('checks.preview', { window: 'window-one', target });
      expect(answer).toMatchObject({
        ok: true,
        value: { outcome: 'checked', target, kind: 'http', status: 'up', cause: 'ok' },
      });
      // Through the edge, as IPC and web mode call it: the schema spells the typed target out.
      const parsed = parseApiRequest('checks.preview', {
        window: 'window-one',
        target: `127.0.0.1:${site.port}`,
      });
      if (!parsed.ok) throw new Error('the request was refused');
      const port = await service.handle(
        'checks.preview',
        parsed.request as ApiParsedRequest<'checks.preview'>,
      );
      expect(port).toMatchObject({
        ok: true,
        value: { target: `tcp://127.0.0.1:${site.port}`, kind: 'tcp', status: 'up' },
      });
      expect(await service.handle('monitors.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      await service.stop();
    }
  });
});
