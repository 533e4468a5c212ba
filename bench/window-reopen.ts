/**
 * How long the window takes to come back once it was closed. Closing now gives its renderer process back,
 * so opening builds the page anew. Web mode serves the same bundle to a browser, so a new tab on a running
 * `back-online web` (the previous one closed) stands in for it: from navigation to the status heading.
 *
 *   npm run build && npx tsx bench/window-reopen.ts [--times 20]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { FAST_CHECKS, loopbackConnectivity, startWebMode } from '../test/e2e/web-mode-process';
import { closedPort } from '../test/fixtures/http-fixture';
import { chromiumLaunchArgs, findChromium } from '../test/support/chromium-executable';

const { values } = parseArgs({ options: { times: { type: 'string', default: '20' } } });
const times = Number(values.times);

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

const site = createServer((_, response) =>
  response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>'),
);
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
const web = await startWebMode({
  checks: FAST_CHECKS,
  connectivity: loopbackConnectivity(await closedPort()),
  monitors: [{ name: 'Webshop', target: `http://127.0.0.1:${(site.address() as AddressInfo).port}/` }],
});
const launch = await findChromium();
const browser = await chromium.launch({
  executablePath: launch.executablePath,
  args: chromiumLaunchArgs(launch),
});
const context = await browser.newContext();

/** One opening: a new tab, the page loaded, scripts run, the first state from the app on screen. */
async function open(): Promise<number> {
  const started = performance.now();
  const page = await context.newPage();
  await page.goto(web.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const elapsed = performance.now() - started;
  await page.close();
  return elapsed;
}

try {
  const first = await open();
  const again: number[] = [];
  for (let index = 0; index < times; index += 1) again.push(await open());
  again.sort((a, b) => a - b);
  console.log(
    `node ${process.version}; ${launch.source} Chromium ${browser.version()}; web mode, one monitor`,
  );
  console.log(`first opening: ${first.toFixed(0)} ms (the bundle not cached yet)`);
  console.log(
    `reopening, ${times} times: median ${percentile(again, 0.5).toFixed(0)} ms, p90 ${percentile(again, 0.9).toFixed(0)} ms, max ${again.at(-1)?.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await web.stop();
  site.close();
}
