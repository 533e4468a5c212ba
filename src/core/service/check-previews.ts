import type { CheckPreview } from '../../shared/check-preview';
import type { ApiParsedRequest, ApiResult } from '../../shared/api-contract';
import type { Monitor } from '../../shared/monitor';
import type { RunCheck } from '../scheduler';
import type { CheckSettings } from '../scheduler/monitor-runner';
import { checkOptionsFor } from '../scheduler/monitor-runner';

type PreviewRequest = ApiParsedRequest<'checks.preview'>;

interface Lane {
  /** The request waiting for the running preview to finish; a newer one replaces it. */
  waiting: { request: PreviewRequest; answer: (preview: CheckPreview) => void } | null;
}

/** More windows than this previewing at once is no owner typing; it is someone flooding the API. */
const MAX_WINDOWS = 8;

/**
 * Previews for targets being typed: per window, one check runs at a time and only the newest request
 * waits behind it, so a burst of keystrokes costs at most two checks, never one per key.
 */
export class CheckPreviews {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly deps: { runCheck: RunCheck; checks: () => CheckSettings; now: () => number },
  ) {}

  async preview(request: PreviewRequest): Promise<ApiResult<CheckPreview>> {
    const lane = this.lanes.get(request.window);
    if (lane) {
      lane.waiting?.answer({ outcome: 'superseded' });
      const preview = await new Promise<CheckPreview>((answer) => {
        lane.waiting = { request, answer };
      });
      return { ok: true, value: preview };
    }
    if (this.lanes.size >= MAX_WINDOWS) return { ok: false, error: { code: 'unavailable' } };
    const fresh: Lane = { waiting: null };
    this.lanes.set(request.window, fresh);
    let preview: CheckPreview;
    try {
      preview = await this.check(request);
    } catch (error) {
      this.lanes.delete(request.window);
      throw error;
    }
    void this.drain(request.window, fresh);
    return { ok: true, value: preview };
  }

  /** Checks the newest request that queued up behind the one that just finished, until none is left. */
  private async drain(window: string, lane: Lane): Promise<void> {
    try {
      for (let next = lane.waiting; next; next = lane.waiting) {
        lane.waiting = null;
        next.answer(await this.check(next.request));
      }
    } finally {
      this.lanes.delete(window);
    }
  }

  private async check(request: PreviewRequest): Promise<CheckPreview> {
    const monitor: Monitor = {
      id: 'preview',
      name: request.target,
      target: request.target,
      enabled: true,
      createdAt: this.deps.now(),
      ...(request.keyword === undefined ? {} : { keyword: request.keyword }),
    };
    const result = await this.deps.runCheck(monitor, checkOptionsFor(monitor, this.deps.checks()));
    return {
      outcome: 'checked',
      target: request.target,
      kind: result.kind,
      status: result.status,
      cause: result.cause,
      durationMs: result.durationMs,
      details: result.details,
    };
  }
}
