import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
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
  app
    .whenReady()
    .then(() =>
      startShell({
        createService: createBackOnlineService,
        preloadPath: join(outDir, 'preload', 'index.cjs'),
        rendererDir: join(outDir, 'renderer'),
        assetsDir: join(app.getAppPath(), 'assets'),
        argv: process.argv,
        env: process.env,
        platform: process.platform,
      }),
    )
    .catch((error: unknown) => {
      console.error('Back Online could not start', error);
      app.exit(1);
    });
}
