import { EventEmitter } from 'node:events';

/**
 * electron-updater's autoUpdater as far as the app uses it: settings it is given, events a test emits as the
 * real one would (checking, available, downloaded, error), and counts of checks and installs.
 */
class FakeAutoUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: unknown = console;
  active = true;
  checks = 0;
  installs = 0;
  /** What a check does; by default it finds nothing, as electron-updater reports it. */
  onCheck: () => void = () => this.emit('update-not-available', { version: '0.1.0' });

  isUpdaterActive = () => this.active;
  checkForUpdates = async () => {
    this.checks += 1;
    this.emit('checking-for-update');
    this.onCheck();
    return null;
  };
  /** Set to make the installer fail to start, as electron-updater reports it: an 'error' during the call. */
  installerMissing = false;
  quitAndInstall = () => {
    if (this.installerMissing) {
      this.emit('error', new Error("No update filepath provided, can't quit and install"));
      return;
    }
    this.installs += 1;
  };

  /** A check that finds `version` and downloads it, event by event. */
  findsAndDownloads(version: string) {
    this.onCheck = () => {
      this.emit('update-available', { version });
      this.emit('update-downloaded', { version, downloadedFile: `/tmp/back-online-${version}` });
    };
  }

  reset() {
    this.removeAllListeners();
    this.autoDownload = false;
    this.autoInstallOnAppQuit = false;
    this.logger = console;
    this.active = true;
    this.checks = 0;
    this.installs = 0;
    this.installerMissing = false;
    this.onCheck = () => this.emit('update-not-available', { version: '0.1.0' });
  }
}

export const fakeAutoUpdater = new FakeAutoUpdater();

/** The object `vi.mock('electron-updater', …)` returns: the package is CommonJS, read through its default. */
export const module = { default: { autoUpdater: fakeAutoUpdater }, autoUpdater: fakeAutoUpdater };
