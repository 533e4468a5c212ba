import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Locale } from '../../shared/locale';
import type { ConfigFile, Settings } from '../../shared/settings';
import { settingsSchema } from '../../shared/settings';
import type { SystemProbe } from '../checks/system-probe';
import { createSystemProbe } from '../checks/system-probe-default';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import type { CheckConnectivity, RunCheck } from '../scheduler';
import { MonitorScheduler } from '../scheduler';
import type { SchedulerTuning } from '../scheduler/types';
import { openDatabase } from '../store/database';
import { consoleLogger, errorFields } from '../log/logger';
import type { Logger } from '../log/logger';
import { preparePrivateFolder } from '../store/private-files';
import { asStorageError, StorageError } from '../store/storage-error';
import { dataPaths } from '../store/data-dir';
import { GuideRepository } from '../store/guide-repository';
import { IncidentRepository } from '../store/incident-repository';
import { MessageLogRepository } from '../store/message-log-repository';
import { MonitorRepository } from '../store/monitor-repository';
import { ResultRepository } from '../store/result-repository';
import { ResultWriter } from '../store/result-writer';
import { loadSettings, saveSettings } from '../store/settings-file';
import { BackOnlineServiceImpl } from './back-online-service';
import { realCheckRunner, realConnectivityCheck } from './default-checks';
import { IncidentKeeper } from './incident-keeper';
import { restartCommandsById, withoutRestartCommands } from './restart-commands';
import type { RunCommand } from '../guide';
import { runRestartCommand } from '../guide';

export interface ServiceOptions {
  dataDir: string;
  /** A `--config` file: its settings apply for this run, its monitors are synced into the database by name. */
  config?: ConfigFile;
  /** The language to start in when there is no settings file yet (first run). */
  locale?: Locale;
  clock?: Clock;
  random?: () => number;
  runCheck?: RunCheck;
  checkConnectivity?: CheckConnectivity;
  systemProbe?: SystemProbe;
  tuning?: Partial<SchedulerTuning>;
  /** Told of every fault the service survives, after it is logged (the CLI says so on the terminal). */
  reportError?: (error: unknown) => void;
  /** Where start-up, shutdown, faults and storage failures are written; the console when absent. */
  logger?: Logger;
  /** Runs a monitor's restart command; the real one spawns it without a shell. */
  runCommand?: RunCommand;
}

function settingsWithConfig(settings: Settings, config: ConfigFile | undefined): Settings {
  if (!config) return settings;
  const { monitors: _monitors, ...overrides } = config;
  return settingsSchema.parse({ ...settings, ...overrides });
}

/** Runs one step of opening the data folder; a disk that refuses becomes a StorageError naming `path`. */
function onStorage<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asStorageError(error, path) ?? error;
  }
}

/**
 * Opens the data folder (database and settings), syncs the config's monitors and builds the service.
 * Throws DatabaseTooNewError, leaving the database untouched, when a newer Back Online wrote it, and a
 * StorageError (read-only, no permission, full, a folder where a file belongs) naming the path at fault.
 */
export async function createBackOnlineService(options: ServiceOptions): Promise<BackOnlineServiceImpl> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? consoleLogger;
  /** Each part's faults under their own name; a disk that refused is logged as the storage failure it is. */
  const faultReporter =
    (event: string) =>
    (error: unknown): void => {
      const storage = asStorageError(error, paths.database);
      logger.error(storage ? 'storage_failed' : event, {
        ...(storage ? { problem: storage.problem, path: storage.path, during: event } : {}),
        ...errorFields(error),
      });
      options.reportError?.(error);
    };
  const reportError = faultReporter('service_fault');
  const paths = dataPaths(options.dataDir);
  onStorage(options.dataDir, () => preparePrivateFolder(options.dataDir));
  const firstRun = !existsSync(paths.settings);
  const loaded = onStorage(paths.settings, () => loadSettings(paths.settings, { now: () => clock.now() }));
  const stored =
    firstRun && options.locale
      ? { ...loaded.settings, language: options.locale.language, formality: options.locale.formality }
      : loaded.settings;
  let settings = settingsWithConfig(stored, options.config);

  const database = onStorage(paths.database, () => openDatabase(paths.database, { now: () => clock.now() }));
  const monitors = new MonitorRepository(database, clock);
  const configMonitors = options.config?.monitors ?? [];
  const removedByConfig = options.config
    ? onStorage(paths.database, () => monitors.syncFromConfig(withoutRestartCommands(configMonitors)).removed)
    : [];
  const restartCommands = restartCommandsById(configMonitors, monitors.list());
  const results = new ResultRepository(database);
  const resultWriter = new ResultWriter(results, { clock, onError: faultReporter('result_write_failed') });
  const incidents = new IncidentRepository(database);

  let service: BackOnlineServiceImpl | null = null;
  const keeper = new IncidentKeeper({
    repository: incidents,
    newId: () => randomUUID(),
    onEvent: (incidentId, event) => service?.incidentEvent(incidentId, event),
    onNotification: (draft) => service?.notificationDrafted(draft),
    onError: faultReporter('incident_write_failed'),
  });
  // A monitor the config no longer lists is gone: its open incident must not wait forever for it to recover.
  for (const monitorId of removedByConfig)
    keeper.apply({ kind: 'monitor_removed', at: clock.now(), monitorId });
  const runCheck = options.runCheck ?? realCheckRunner(options.systemProbe);
  const scheduler = new MonitorScheduler(
    {
      clock,
      runCheck,
      checkConnectivity:
        options.checkConnectivity ?? realConnectivityCheck(() => settings, options.systemProbe),
      settings,
      ...(options.random ? { random: options.random } : {}),
      ...(options.tuning ? { tuning: options.tuning } : {}),
      onError: faultReporter('check_engine_fault'),
    },
    monitors.list(),
  );
  service = new BackOnlineServiceImpl({
    clock,
    database,
    monitors,
    results,
    resultWriter,
    incidents,
    messageLog: new MessageLogRepository(database),
    keeper,
    guides: new GuideRepository(database),
    restartCommands,
    runCommand: options.runCommand ?? runRestartCommand,
    scheduler,
    runCheck,
    system: options.systemProbe ?? createSystemProbe(),
    settings,
    saveSettings: async (next) => {
      try {
        settings = await saveSettings(paths.settings, next);
      } catch (error) {
        // The temp file the write went through is no name to show the owner; the settings file is.
        const storage = asStorageError(error, paths.settings);
        throw storage ? new StorageError(storage.problem, paths.settings, { cause: error }) : error;
      }
      return settings;
    },
    notices: [...loaded.notices, ...database.notices],
    reportError,
    logger,
  });
  return service;
}
