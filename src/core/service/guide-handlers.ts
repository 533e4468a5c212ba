import type { ApiError, ApiParsedRequest, ApiResponses, ApiResult } from '../../shared/api-contract';
import type { Locale } from '../../shared/locale';
import {
  markChecklistItem,
  moveToStep,
  recordFix,
  recordSupportRequest,
  resolveFromGuide,
  saveReview,
} from '../guide';
import type { GuideFailure, GuideKeeper } from './guide-keeper';

export type GuideChannel = Extract<keyof ApiResponses, `guide.${string}`>;

type GuideHandlers = {
  [C in GuideChannel]: (
    request: ApiParsedRequest<C>,
  ) => Promise<ApiResult<ApiResponses[C]>> | ApiResult<ApiResponses[C]>;
};

function answer<T>(result: T | GuideFailure): ApiResult<T> {
  if (typeof result === 'object' && result !== null && 'error' in result) {
    const { error: code, storage } = result as GuideFailure;
    const error: ApiError = storage ? { code, storage } : { code };
    return { ok: false, error };
  }
  return { ok: true, value: result as T };
}

/** The `guide.*` channels: each one a guide move on the incident's progress, see core/guide. */
export function createGuideHandlers(
  guide: GuideKeeper,
  ops: { now(): number; locale(): Locale },
): GuideHandlers {
  return {
    'guide.get': ({ incidentId }) => answer(guide.view(incidentId)),
    'guide.setStep': ({ incidentId, step }) =>
      answer(guide.act(incidentId, (progress, incident) => moveToStep(progress, incident, step, ops.now()))),
    'guide.setChecklistItem': ({ incidentId, ...item }) =>
      answer(
        guide.act(incidentId, (progress, incident) =>
          markChecklistItem(progress, incident, item, ops.now(), ops.locale()),
        ),
      ),
    'guide.recordFix': ({ incidentId, fixId, outcome }) =>
      answer(
        guide.act(incidentId, (progress, incident) =>
          recordFix(progress, incident, { fixId, outcome }, ops.now(), ops.locale()),
        ),
      ),
    'guide.supportRequestShared': ({ incidentId, ...request }) =>
      answer(
        guide.act(incidentId, (progress, incident) =>
          recordSupportRequest(progress, incident, request, ops.now(), ops.locale()),
        ),
      ),
    'guide.checkEverything': async ({ incidentId }) => answer(await guide.checkEverything(incidentId)),
    'guide.restart': async ({ monitorId }) => answer(await guide.restart(monitorId)),
    'guide.resolve': ({ incidentId, reason }) =>
      answer(
        guide.act(incidentId, (progress, incident) =>
          resolveFromGuide(progress, incident, reason, ops.now()),
        ),
      ),
    'guide.saveReview': ({ incidentId, answers, actionItems }) =>
      answer(guide.act(incidentId, (progress) => saveReview(progress, { answers, actionItems }, ops.now()))),
  };
}
