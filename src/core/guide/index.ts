export { earlierRecovery } from './earlier-recovery';
export type { GuideMove, GuideMoveError } from './guide-moves';
export {
  markChecklistItem,
  moveToStep,
  recordFix,
  recordSupportRequest,
  recordVerification,
  resolveFromGuide,
  saveReview,
  VERIFICATIONS_KEPT,
} from './guide-moves';
export { followIncident, newGuideProgress } from './guide-progress';
export { restartEvent } from './restart-event';
export type { CommandRun, RunCommand } from './restart-command';
export { runRestartCommand } from './restart-command';
