/**
 * The history screen drawn with 90 days of data for 20 monitors (bench/history-data.ts), in headless
 * Chromium through a real `back-online web` on that data. One render: from pressing a range until every
 * monitor's uptime bars and response-time chart are on screen, measured inside the page, so it holds the
 * 20 `monitors.history` calls over loopback HTTP and React drawing 40 SVG charts. Prints the median of
 * several renders per range against the goal of under 300 ms.
 *
 *   npm run build && npx tsx bench/history-render.ts [--times 7]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { HISTORY_RANGES } from '../src/shared/api-contract';
import { historyScreenTexts } from '../src/shared/i18n/history-screen';
import { loopbackConnectivity, startWebMode } from '../test/e2e/web-mode-process';
import { chromiumLaunchArgs, findChromium } from '../test/support/chromium-executable';
import { generateHistory, HISTORY_DAYS, HISTORY_MONITORS, historyMonitorName, median } from './history-data';

const { values } = parseArgs({ options: { times: { type: 'string', default: '7' } } });
const times = Number(values.times);
const texts = historyScreenTexts.en;

const site = createServer((_, response) =>
  response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>'),
);
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
const sitePort = (site.address() as AddressInfo).port;

const dataDir = mkdtempSync(join(tmpdir(), 'back-online-history-render-'));
const generated = await generateHistory(dataDir, Date.now());
generated.db.close();

// The same monitor names keep their ids and history; a day between checks keeps the engine out of the way.
const web = await startWebMode(
  {
    language: 'en',
    onboarded: true,
    connectivity: loopbackConnectivity(sitePort),
    monitors: Array.from({ length: HISTORY_MONITORS }, (_, index) => ({
      name: historyMonitorName(index),
      target: `http://127.0.0.1:${sitePort}/site${index}`,
      intervalSeconds: 86_400,
    })),
  },
  [],
  dataDir,
);
const launch = await findChromium();
const browser = await chromium.launch({
  executablePath: launch.executablePath,
  args: chromiumLaunchArgs(launch),
});

// Runs in the page (the bench's own TypeScript has no DOM): presses a range and waits, frame by frame,
// until every monitor shows both charts for it; starts from another range, fully drawn, so the measured
// press draws everything anew. One more frame at the end: the charts are painted, not only in the DOM.
const RENDER_RANGE = `window.renderRange = async (label, other, monitors, loading) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const press = (name) =>
    [...document.querySelectorAll('.history-ranges button')].find((button) => button.textContent === name).click();
  const drawn = () => {
    const sections = [...document.querySelectorAll('[data-history-monitor]')];
    return sections.length === monitors &&
      sections.every((section) => section.querySelectorAll('svg').length >= 2 && !section.textContent.includes(loading));
  };
  const settle = async () => { while (!drawn()) await frame(); };
  press(other);
  await frame();
  await settle();
  performance.clearResourceTimings();
  const started = performance.now();
  press(label);
  await frame();
  await settle();
  await frame();
  const total = performance.now() - started;
  const answers = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/monitors.history'));
  const dataIn = Math.max(...answers.map((entry) => entry.responseEnd)) - started;
  return { total, dataIn };
};`;

interface RenderTime {
  /** From the press until every chart is painted. */
  total: number;
  /** From the press until the last of the 20 histories arrived. */
  dataIn: number;
}
type RenderRange = (label: string, other: string, monitors: number, loading: string) => Promise<RenderTime>;

async function renderRange(label: string, other: string): Promise<RenderTime> {
  return page.evaluate(
    ([label, other, monitors, loading]) =>
      (globalThis as unknown as { renderRange: RenderRange }).renderRange(label, other, monitors, loading),
    [label, other, HISTORY_MONITORS, texts.loading] as const,
  );
}

const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.addInitScript(RENDER_RANGE);
try {
  await page.goto(`${web.url}#/history`);
  await page.locator('[data-history-monitor] svg').first().waitFor();
  console.log(
    `node ${process.version}; ${launch.source} Chromium ${browser.version()}; web mode on ${generated.rows.toLocaleString('en')} results, ${HISTORY_MONITORS} monitors over ${HISTORY_DAYS} days`,
  );
  for (const range of HISTORY_RANGES) {
    const other = range === '24h' ? texts.ranges['7d'] : texts.ranges['24h'];
    const renders: RenderTime[] = [];
    for (let index = 0; index < times; index += 1)
      renders.push(await renderRange(texts.ranges[range], other));
    const totals = renders.map((render) => render.total);
    const drawing = renders.map((render) => render.total - render.dataIn);
    console.log(
      `history screen ${range.padEnd(3)}: median ${median(totals).toFixed(0)} ms, slowest ${Math.max(...totals).toFixed(0)} ms over ${times} renders, of which drawing after the last answer: median ${median(drawing).toFixed(0)} ms (goal < 300 ms)`,
    );
  }
} finally {
  await browser.close();
  await web.stop();
  site.close();
  rmSync(dataDir, { recursive: true, force: true });
}
