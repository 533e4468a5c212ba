/**
 * How fast the window draws each screen an owner in trouble goes through, against the goals: the
 * overview and each of the guide's five steps in under 300 ms in headless Chromium, and the window's JS
 * under 250 KB gzipped. A real `back-online web` from the build watches a loopback web shop that answers
 * 500, so the guide shows a live incident.
 *
 * Two figures per screen, median of the runs:
 * - moving to it inside the window (the address's hash changes, as a click or a tray link does): from the
 *   change until its heading has focus, and until the frame that shows it (the next animation frame);
 * - opening it in a new tab (a notification click on a closed window): from navigation to its heading.
 *
 *   npm run build && npx tsx bench/window-render.ts [--times 9]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { GUIDE_STEPS } from '../src/shared/guide/guide-steps';
import { startHttpFixture } from '../test/fixtures/http-fixture';
import { chromiumLaunchArgs, findChromium } from '../test/support/chromium-executable';
import {
  FAST_CHECKS,
  loopbackConnectivity,
  openIncidentId,
  startWebMode,
} from '../test/e2e/web-mode-process';

const RENDER_GOAL_MS = 300;
const JS_GOAL_KB = 250;
const ASSETS = join(import.meta.dirname, '..', 'out', 'renderer', 'assets');

const { values } = parseArgs({ options: { times: { type: 'string', default: '9' } } });
const times = Math.max(7, Number(values.times));

interface Screen {
  name: string;
  hash: string;
  /** The heading the screen marks for focus (use-route-focus.ts). */
  heading: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The window's JS as the browser downloads it, raw and gzipped (KB of 1,000 bytes, as the goal is read). */
function scriptSize(): { raw: number; gzipped: number } {
  if (!existsSync(ASSETS)) throw new Error(`${ASSETS} is missing: run npm run build first`);
  const scripts = readdirSync(ASSETS).filter((file) => file.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const file of scripts) {
    const bytes = readFileSync(join(ASSETS, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw: raw / 1000, gzipped: gzipped / 1000 };
}

/*
 * Runs in the page (as a string: the node project's types have no DOM). Changes the hash and resolves with
 * the milliseconds until the screen's heading has focus and until the next animation frame after that.
 */
const MOVE_IN_PAGE = `async ({ hash, heading }) => {
  const start = performance.now();
  const focused = () => {
    const element = document.activeElement;
    return element instanceof HTMLElement && element.matches(heading) && element.getBoundingClientRect().height > 0;
  };
  const focusedAt = await new Promise((resolve, reject) => {
    let waiting = true;
    const done = () => {
      if (!waiting || !focused()) return;
      waiting = false;
      observer.disconnect();
      resolve(performance.now());
    };
    // The window moves focus from its own mutation observer, after ours has run: look once they all have.
    const observer = new MutationObserver(() => queueMicrotask(done));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    const poll = () => {
      done();
      if (waiting) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    setTimeout(() => {
      if (waiting) reject(new Error(hash + ': ' + heading + ' not focused within 10 s'));
    }, 10000);
    location.hash = hash;
  });
  const paintedAt = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  return { focus: focusedAt - start, frame: paintedAt - start };
}`;

async function moveTo(page: Page, screen: Screen): Promise<{ focus: number; frame: number }> {
  return page.evaluate(
    `(${MOVE_IN_PAGE})(${JSON.stringify({ hash: screen.hash, heading: screen.heading })})`,
  );
}

const shop = await startHttpFixture();
const reference = await startHttpFixture();
await shop.setMode('server_error');
const web = await startWebMode({
  language: 'en',
  connectivity: loopbackConnectivity(reference.port),
  checks: FAST_CHECKS,
  monitors: [{ name: 'Webshop', target: shop.url('/') }],
});
const launch = await findChromium();
const browser = await chromium.launch({
  executablePath: launch.executablePath,
  args: chromiumLaunchArgs(launch),
});

try {
  const incidentId = encodeURIComponent(await openIncidentId(web));
  const overview: Screen = {
    name: 'overview',
    hash: '#/',
    heading: '[data-testid="status-banner"] [data-route-heading]',
  };
  const screens: Screen[] = [
    overview,
    ...GUIDE_STEPS.map((step) => ({
      name: `guide: ${step}`,
      hash: `#/incident/${incidentId}/${step}`,
      heading: `#guide-step-${step}[data-route-heading]`,
    })),
  ];
  const context = await browser.newContext({ viewport: { width: 1040, height: 760 } });
  const page = await context.newPage();
  await page.goto(web.url);
  await page.locator(overview.heading).waitFor();

  const rows: string[] = [];
  for (const screen of screens) {
    // From another screen each time, so every move draws the screen anew; the first move warms up.
    const from = screen === overview ? (screens[1] ?? overview) : overview;
    const focus: number[] = [];
    const frame: number[] = [];
    for (let run = 0; run <= times; run += 1) {
      await moveTo(page, from);
      const measured = await moveTo(page, screen);
      if (run === 0) continue;
      focus.push(measured.focus);
      frame.push(measured.frame);
    }
    const opened: number[] = [];
    const scriptRan: number[] = [];
    for (let run = 0; run < times; run += 1) {
      const tab = await context.newPage();
      const started = performance.now();
      await tab.goto(`${web.url}${screen.hash}`);
      await tab.locator(screen.heading).waitFor();
      opened.push(performance.now() - started);
      // The module script runs before DOMContentLoaded: what is left is the first state and the screen.
      scriptRan.push(
        await tab.evaluate<number>(`performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`),
      );
      await tab.close();
    }
    const within = median(frame) < RENDER_GOAL_MS ? 'within' : 'OVER';
    rows.push(
      `${screen.name.padEnd(22)} ${median(focus).toFixed(0).padStart(5)} ms ${median(frame).toFixed(0).padStart(7)} ms ` +
        `${median(opened).toFixed(0).padStart(9)} ms ${median(scriptRan).toFixed(0).padStart(12)} ms   ` +
        `drawn ${within} the ${RENDER_GOAL_MS} ms goal`,
    );
  }

  const size = scriptSize();
  console.log(
    `node ${process.version}; ${launch.source} Chromium ${browser.version()}; web mode, a live incident`,
  );
  console.log(
    `median of ${times} runs each (one warm-up move first); focused/drawn: moving there inside the window; ` +
      `new tab: navigation to heading, script ran: navigation to DOMContentLoaded in that tab`,
  );
  console.log(
    `${'screen'.padEnd(22)} ${'focused'.padStart(8)} ${'drawn'.padStart(10)} ${'new tab'.padStart(12)} ` +
      `${'script ran'.padStart(15)}`,
  );
  for (const row of rows) console.log(row);
  console.log(
    `window JS: ${size.raw.toFixed(0)} KB, ${size.gzipped.toFixed(0)} KB gzipped ` +
      `(${size.gzipped < JS_GOAL_KB ? 'within' : 'OVER'} the ${JS_GOAL_KB} KB goal)`,
  );
} finally {
  await browser.close();
  await web.stop();
  await shop.close();
  await reference.close();
}
