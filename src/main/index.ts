import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { createFileLog } from '../core/log/file-log';
import { errorFields } from '../core/log/logger';
import { createBackOnlineService } from '../core/service';
import { registerAppScheme } from './protocol';
import { startShell } from './shell';
import { limitYoungGeneration } from './young-generation';

// The composition root. Built to out/main/index.js, beside out/preload and out/renderer.
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

registerAppScheme();
limitYoungGeneration(app);

if (!app.requestSingleInstanceLock()) {
  // Another Back Online is running; it shows its window on the 'second-instance' event.
  app.quit();
} else {
  const logger = createFileLog(app.getPath('userData'), { processName: 'desktop' });
  logger.info('app_started', { version: app.getVersion(), electron: process.versions.electron });
  app.on('quit', () => logger.info('app_stopped'));
  app
    .whenReady()
    .then(() =>
      startShell({
        createService: createBackOnlineService,
        logger,
        preloadPath: join(outDir, 'preload', 'index.cjs'),
        rendererDir: join(outDir, 'renderer'),
        assetsDir: join(app.getAppPath(), 'assets'),
        argv: process.argv,
        env: process.env,
        platform: process.platform,
      }),
    )
    .catch((error: unknown) => {
      logger.error('start_failed', errorFields(error));
      app.exit(1);
    });
}
