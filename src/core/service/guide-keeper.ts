import type { MonitorState } from '../../shared/app-state';
import type { CheckRunProgress } from '../../shared/guide/check-run';
import type { GuideProgress, VerificationResult, VerificationRun } from '../../shared/guide/guide-progress';
import type { GuideView } from '../../shared/guide/guide-view';
import type { RestartOutcome } from '../../shared/guide/restart-outcome';
import { compareSpeed } from '../../shared/guide/verification';
import type { Incident } from '../../shared/incident';
import type { Locale } from '../../shared/locale';
import type { StorageFailure } from '../../shared/storage-problem';
import type { GuideMove, GuideMoveError } from '../guide';
import {
  earlierRecovery,
  followIncident,
  newGuideProgress,
  recordVerification,
  restartEvent,
} from '../guide';
import type { RunCommand } from '../guide/restart-command';
import type { IncidentInputError, OwnerInput } from '../incidents';
import type { GuideRepository } from '../store/guide-repository';
import type { RestartCommand } from './restart-commands';

/** Earlier recoveries shown in steps 1 and 3; more would bury the one that matters. */
const MEMORY_SHOWN = 3;
const LOCAL_TARGET = /^(process|service):\/\//i;

/** Why a guide action was refused; a disk that refused says which file and why, for the owner to fix. */
export type GuideFailure = {
  error: 'not_found' | 'not_allowed' | 'storage_failed';
  storage?: StorageFailure;
};

export interface GuideKeeperDeps {
  guides: GuideRepository;
  now(): number;
  locale(): Locale;
  getIncident(id: string): Incident | null;
  applyOwnerInput(input: OwnerInput): { incident: Incident } | IncidentInputError;
  openIncidents(): Incident[];
  monitorStates(): MonitorState[];
  monitorState(id: string): MonitorState | null;
  checkNow(monitorId: string): Promise<void>;
  /** The monitor's normal response time: its median over the last 7 days. */
  baseline(monitorId: string, now: number): number | null;
  restartCommands: ReadonlyMap<string, RestartCommand>;
  runCommand: RunCommand;
  /** Something the window shows changed: push state. */
  changed(): void;
  /** What a failed read or write of the guide's progress means for the owner, when it is the disk's doing. */
  storageFailure(error: unknown): StorageFailure | null;
  reportError(error: unknown): void;
}

/**
 * The recovery guide on the service side: loads an incident's progress, lets the pure moves of core/guide
 * decide, records what they ask for in the incident (through the incident keeper, so the timeline and the
 * phase change the one way they always do) and stores the progress after it.
 */
export class GuideKeeper {
  private run: CheckRunProgress | null = null;
  private readonly restarting = new Set<string>();

  constructor(private readonly deps: GuideKeeperDeps) {}

  /** The running or last "check everything now", for the state pushes. */
  checkRun(): CheckRunProgress | null {
    return this.run;
  }

  view(incidentId: string): GuideView | GuideFailure {
    const incident = this.deps.getIncident(incidentId);
    if (!incident) return { error: 'not_found' };
    const progress = this.current(incident);
    if ('error' in progress) return progress;
    return this.viewOf(incident, progress);
  }

  /** Runs one guide action against the incident's current progress; see the moves in core/guide. */
  act(
    incidentId: string,
    move: (progress: GuideProgress, incident: Incident) => GuideMove | GuideMoveError | GuideProgress,
  ): GuideView | GuideFailure {
    const incident = this.deps.getIncident(incidentId);
    if (!incident) return { error: 'not_found' };
    const progress = this.current(incident);
    if ('error' in progress) return progress;
    const moved = move(progress, incident);
    if ('error' in moved) return { error: 'not_allowed' };
    const { progress: next, inputs } = 'inputs' in moved ? moved : { progress: moved, inputs: [] };
    for (const input of inputs) {
      const applied = this.deps.applyOwnerInput(input);
      if ('error' in applied) return { error: applied.error === 'not_found' ? 'not_found' : 'not_allowed' };
    }
    const after = inputs.length === 0 ? incident : (this.deps.getIncident(incidentId) ?? incident);
    const saved = this.save(followIncident(next, after));
    if ('error' in saved) return saved;
    return this.viewOf(after, saved);
  }

  /**
   * Checks every enabled monitor live, telling the window as each answers, and compares each response with
   * the monitor's normal. With an incident, the run is kept as its verification.
   */
  async checkEverything(incidentId: string | undefined): Promise<VerificationRun | GuideFailure> {
    if (incidentId !== undefined && !this.deps.getIncident(incidentId)) return { error: 'not_found' };
    const startedAt = this.deps.now();
    const states = this.deps.monitorStates().filter((state) => state.monitor.enabled);
    // the normal is read before the new checks land, so they do not count in it
    const normals = new Map(
      states.map((state) => [state.monitor.id, this.deps.baseline(state.monitor.id, startedAt)]),
    );
    const run: CheckRunProgress = {
      startedAt,
      finishedAt: null,
      monitors: states.map((state) => ({ monitorId: state.monitor.id, state: 'checking' })),
    };
    this.run = run;
    this.deps.changed();
    const results = await Promise.all(
      states.map(async ({ monitor }, index): Promise<VerificationResult> => {
        await this.deps.checkNow(monitor.id);
        const result = this.verificationOf(
          monitor.id,
          monitor.name,
          startedAt,
          normals.get(monitor.id) ?? null,
        );
        if (this.run === run)
          run.monitors[index] = { monitorId: monitor.id, state: result.passed ? 'passed' : 'failed' };
        this.deps.changed();
        return result;
      }),
    );
    const verification: VerificationRun = { at: this.deps.now(), results };
    if (this.run === run) this.run = { ...run, finishedAt: verification.at };
    this.deps.changed();
    if (incidentId !== undefined) {
      const recorded = this.act(incidentId, (progress, incident) =>
        recordVerification(progress, incident, verification, this.deps.locale()),
      );
      if ('error' in recorded) return recorded;
    }
    return verification;
  }

  /** Runs the monitor's restart command from the config file, re-checks the monitor, and tells the timeline. */
  async restart(monitorId: string): Promise<RestartOutcome | GuideFailure> {
    const state = this.deps.monitorState(monitorId);
    if (!state) return { error: 'not_found' };
    const command = this.deps.restartCommands.get(monitorId);
    if (!command || !LOCAL_TARGET.test(state.monitor.target) || this.restarting.has(monitorId))
      return { error: 'not_allowed' };
    this.restarting.add(monitorId);
    try {
      const at = this.deps.now();
      const ran = await this.deps.runCommand(command.argv, { timeoutMs: command.timeoutMs });
      const checkedFrom = this.deps.now();
      await this.deps.checkNow(monitorId);
      const after = this.deps.monitorState(monitorId);
      const recheck =
        after?.lastResult && (after.lastCheckedAt ?? 0) >= checkedFrom
          ? { status: after.lastResult.status, cause: after.lastResult.cause }
          : null;
      const incident = this.deps.openIncidents().find((open) => open.monitorIds.includes(monitorId)) ?? null;
      const outcome: RestartOutcome = { monitorId, incidentId: incident?.id ?? null, at, ...ran, recheck };
      if (incident) {
        const input = restartEvent(
          this.deps.now(),
          incident.id,
          outcome,
          state.monitor.name,
          command.timeoutMs,
          this.deps.locale(),
        );
        const applied = this.deps.applyOwnerInput(input);
        if ('error' in applied) outcome.incidentId = null;
      }
      this.deps.changed();
      return outcome;
    } finally {
      this.restarting.delete(monitorId);
    }
  }

  private verificationOf(
    monitorId: string,
    name: string,
    since: number,
    normalMs: number | null,
  ): VerificationResult {
    const state = this.deps.monitorState(monitorId);
    const result = state?.lastResult && (state.lastCheckedAt ?? 0) >= since ? state.lastResult : null;
    const status = result?.status ?? 'unknown';
    const passed = status === 'up' || status === 'degraded';
    const responseMs = result && passed ? result.durationMs : null;
    return {
      monitorId,
      monitorName: state?.monitor.name ?? name,
      passed,
      status,
      cause: result?.cause ?? 'unknown',
      responseMs,
      normalMs,
      speed: compareSpeed(responseMs, normalMs),
    };
  }

  /** The stored progress brought up to date with the timeline, or a fresh one; saved when it moved. */
  private current(incident: Incident): GuideProgress | GuideFailure {
    let stored: GuideProgress | null;
    try {
      stored = this.deps.guides.get(incident.id);
    } catch (error) {
      this.deps.reportError(error);
      return this.storageFailed(error);
    }
    const base = stored ?? newGuideProgress(incident.id, this.deps.now());
    const followed = followIncident(base, incident);
    return followed === stored ? followed : this.save(followed);
  }

  private storageFailed(error: unknown): GuideFailure {
    const storage = this.deps.storageFailure(error);
    return storage ? { error: 'storage_failed', storage } : { error: 'storage_failed' };
  }

  private save(progress: GuideProgress): GuideProgress | GuideFailure {
    try {
      this.deps.guides.save(progress);
      return progress;
    } catch (error) {
      this.deps.reportError(error);
      return this.storageFailed(error);
    }
  }

  private viewOf(incident: Incident, progress: GuideProgress): GuideView {
    return {
      incident,
      progress,
      restartableMonitorIds: incident.monitorIds.filter((id) => this.deps.restartCommands.has(id)),
      memory: this.memory(incident),
    };
  }

  private memory(incident: Incident): GuideView['memory'] {
    const { guides } = this.deps;
    const earlier = guides.resolvedWithCause(incident.cause, incident.monitorIds, incident.id);
    const recoveries: GuideView['memory'] = [];
    for (const id of earlier) {
      if (recoveries.length >= MEMORY_SHOWN) break;
      const past = this.deps.getIncident(id);
      const recovery = past ? earlierRecovery(past, guides.get(id)) : null;
      if (recovery) recoveries.push(recovery);
    }
    return recoveries;
  }
}
