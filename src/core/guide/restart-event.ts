import { guideEventDetails } from '../../shared/guide/guide-events';
import { guideTextCatalogs } from '../../shared/guide/guide-texts';
import type { RestartOutcome } from '../../shared/guide/restart-outcome';
import { interpolate, pickCatalog, plural } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import type { OwnerInput } from '../incidents';

/**
 * The timeline's account of a restart, at `at` (when the re-check is in): how the command ended, what the
 * re-check found, its last output.
 */
export function restartEvent(
  at: number,
  incidentId: string,
  outcome: RestartOutcome,
  monitorName: string,
  timeoutMs: number,
  locale: Locale,
): OwnerInput {
  const texts = pickCatalog(guideTextCatalogs, locale).restart;
  const recovered = outcome.recheck?.status === 'up' || outcome.recheck?.status === 'degraded';
  const params = { name: monitorName, exitCode: outcome.exitCode };
  const ended =
    outcome.result === 'ran'
      ? interpolate(texts.ran, params)
      : outcome.result === 'timed_out'
        ? plural(texts.timedOut, Math.round(timeoutMs / 1000), params)
        : interpolate(texts.notStarted, params);
  const lines = [ended];
  if (outcome.recheck !== null)
    lines.push(interpolate(recovered ? texts.recovered : texts.stillDown, params));
  if (outcome.outputTail.length > 0) lines.push(texts.output, ...outcome.outputTail);
  return {
    kind: 'add_event',
    at,
    incidentId,
    type: 'action_tried',
    text: lines.join('\n'),
    details: guideEventDetails({
      guideAction: 'restart',
      monitorId: outcome.monitorId,
      result: outcome.result,
      exitCode: outcome.exitCode,
      recovered,
    }),
  };
}
