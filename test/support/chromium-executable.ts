import { existsSync } from 'node:fs';
import { chromium as playwrightChromium } from '@playwright/test';

const systemBrowsers = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

// The package's own flags are tuned for serverless sandboxes; some of them switch off the web's security
// model (CORS, mixed content, site isolation), which the tests must keep, so only rendering flags pass.
const safePackagedArgPrefixes = [
  '--use-gl=',
  '--use-angle=',
  '--enable-unsafe-swiftshader',
  '--in-process-gpu',
  '--font-render-hinting=',
];

function isSafePackagedArg(arg: string): boolean {
  return safePackagedArgPrefixes.some((prefix) => arg.startsWith(prefix));
}

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  source: string;
}

const noBrowserHelp =
  'No Chromium found for the end-to-end tests: set CHROMIUM_PATH to a Chrome or Chromium, ' +
  'or run `npx playwright install chromium`.';

function playwrightOwnBrowser(): string | undefined {
  try {
    const path = playwrightChromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds a Chromium the way a new contributor's machine can offer one: an explicit path, Playwright's own
 * download, an installed Chrome or Chromium, and on Linux x64 the Chromium that `@sparticuz/chromium`
 * carries inside its npm tarball, so `npm install && npm test` needs nothing from the system.
 */
export async function findChromium(): Promise<ChromiumLaunch> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist. ${noBrowserHelp}`);
    return { executablePath: fromEnv, args: [], source: 'CHROMIUM_PATH' };
  }
  const own = playwrightOwnBrowser();
  if (own) return { executablePath: own, args: [], source: 'Playwright' };
  const system = systemBrowsers.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: [], source: 'system' };
  if (process.platform === 'linux' && process.arch === 'x64') {
    const { default: packaged } = await import('@sparticuz/chromium');
    const executablePath = await packaged.executablePath();
    return { executablePath, args: packaged.args.filter(isSafePackagedArg), source: '@sparticuz/chromium' };
  }
  throw new Error(noBrowserHelp);
}

/** Headless on a closed network: no first-run, background or component traffic, no GPU, no QUIC. */
export function chromiumLaunchArgs(chromium: ChromiumLaunch): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    ...chromium.args,
  ];
}
