/**
 * Monitoring benchmark: the whole service (scheduler, real HTTP checks, SQLite history, incidents)
 * against loopback servers, in two cases:
 * - many: N monitors at 30 s, next to a bare `fetch` loop over the same URLs at the same pace (one after
 *   the other, so they do not share the CPU);
 * - small shop: 20 monitors at 60 s, beside an idle Node process started the same way at the same time.
 * Each side runs in its own child process so CPU and RSS are its own; the servers run in another. Every
 * child runs with the V8 flags the product starts with (bin/back-online.mjs, src/main/young-generation.ts).
 *
 *   npx tsx bench/scheduler.ts [--case both|many|small] [--monitors 1000] [--seconds 120] [--warmup 30]
 */
import { fork } from 'node:child_process';
import { statSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { BackOnlineServiceImpl } from '../src/core/service/back-online-service';

const MANY_INTERVAL_SECONDS = 30;
const SMALL_SHOP = { monitors: 20, intervalSeconds: 60 };
/** What bin/back-online.mjs and the Electron main process start with. */
const PRODUCT_V8_FLAGS = ['--max-semi-space-size=2'];
const GOALS = { manyRssMiB: 120, smallAboveIdleMiB: 25 };
const SERVER_COUNT = 4;
const PAGE = `<!DOCTYPE html><html><body><h1>Shop</h1>${'<p>Product</p>'.repeat(40)}</body></html>`;

interface Figures {
  label: string;
  cpuPercent: number;
  rssMedianMiB: number;
  rssMaxMiB: number;
  heapUsedMedianMiB: number;
  checks: number;
  lagP50?: number;
  lagP99?: number;
  lagMax?: number;
  databaseBytes?: number;
  resultsStored?: number;
}

const { values } = parseArgs({
  options: {
    case: { type: 'string', default: 'both' },
    monitors: { type: 'string', default: '1000' },
    interval: { type: 'string', default: String(MANY_INTERVAL_SECONDS) },
    seconds: { type: 'string', default: '120' },
    warmup: { type: 'string', default: '30' },
    role: { type: 'string' },
    ports: { type: 'string' },
  },
});
const monitorCount = Number(values.monitors);
const intervalSeconds = Number(values.interval);
const measureMs = Number(values.seconds) * 1000;
const warmupMs = Number(values.warmup) * 1000;

function urls(ports: number[]): string[] {
  return Array.from(
    { length: monitorCount },
    (_, index) => `http://127.0.0.1:${ports[index % ports.length]}/m/${index}`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Samples CPU and RSS over the measuring window that follows the warm-up. */
async function measure(label: string, checksSoFar: () => number): Promise<Figures> {
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  const rss: number[] = [];
  const heapUsed: number[] = [];
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    rss.push(memory.rss);
    heapUsed.push(memory.heapUsed);
  }, 1000);
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const checksBefore = checksSoFar();
  await new Promise((resolve) => setTimeout(resolve, measureMs));
  const cpu = process.cpuUsage(cpuBefore);
  const wall = performance.now() - wallBefore;
  clearInterval(sampler);
  return {
    label,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / wall) * 100,
    rssMedianMiB: median(rss) / 1024 / 1024,
    rssMaxMiB: Math.max(...rss) / 1024 / 1024,
    heapUsedMedianMiB: median(heapUsed) / 1024 / 1024,
    checks: checksSoFar() - checksBefore,
  };
}

async function runServers(): Promise<void> {
  const ports: number[] = [];
  for (let index = 0; index < SERVER_COUNT; index += 1) {
    const server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html', connection: 'close' });
      response.end(PAGE);
    });
    server.keepAliveTimeout = 0;
    await new Promise<void>((resolve) =>
      server.listen({ host: '127.0.0.1', port: 0, backlog: 2048 }, resolve),
    );
    ports.push((server.address() as AddressInfo).port);
  }
  process.send?.({ ports });
  process.on('disconnect', () => process.exit(0));
}

async function runBare(ports: number[]): Promise<void> {
  let checks = 0;
  for (const [index, url] of urls(ports).entries()) {
    const loop = async () => {
      checks += 1;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        await response.text();
      } catch {
        // a failed fetch still counts as a check made
      }
    };
    setTimeout(
      () => {
        void loop();
        setInterval(() => void loop(), intervalSeconds * 1000);
      },
      (index / monitorCount) * intervalSeconds * 1000,
    );
  }
  process.send?.(await measure('bare fetch loop', () => checks));
  process.exit(0);
}

/** Node with nothing to do, loaded the same way as the others: what any Node process costs here. */
async function runIdle(): Promise<void> {
  process.send?.(await measure('idle Node', () => 0));
  process.exit(0);
}

async function runEngine(ports: number[]): Promise<void> {
  const { createBackOnlineService } = await import('../src/core/service');
  const dataDir = mkdtempSync(join(tmpdir(), 'back-online-bench-'));
  const service: BackOnlineServiceImpl = await createBackOnlineService({
    dataDir,
    config: {
      // A loopback server stands in for the connectivity reference, so nothing leaves the machine.
      connectivity: { targets: [`tcp://127.0.0.1:${ports[0]}`], includeGateway: false },
      checks: {
        intervalSeconds,
        timeoutSeconds: 10,
        confirmRechecks: 2,
        recheckDelaySeconds: 5,
        recoveryThreshold: 2,
        concurrency: 8,
        resumeGraceSeconds: 30,
      },
      monitors: urls(ports).map((url, index) => ({ name: `Monitor ${index}`, target: url })),
    },
  });
  await service.start();
  const figures = await measure('Back Online service', () => service.schedulerStats().checksRun);
  const stats = service.schedulerStats();
  const databasePath = join(dataDir, 'back-online.db');
  const sizeBefore = statSync(databasePath).size;
  await service.stop();
  const sizeAfter = statSync(databasePath).size;
  rmSync(dataDir, { recursive: true, force: true });
  process.send?.({
    ...figures,
    lagP50: stats.lagP50,
    lagP99: stats.lagP99,
    lagMax: stats.lagMax,
    databaseBytes: Math.max(sizeBefore, sizeAfter),
    resultsStored: stats.checksRun,
  });
  process.exit(0);
}

function child<T>(
  role: string,
  extra: string[] = [],
  monitors = monitorCount,
  interval = intervalSeconds,
): { result: Promise<T>; stop: () => void } {
  const script = fileURLToPath(import.meta.url);
  const proc = fork(
    script,
    [
      '--role',
      role,
      '--monitors',
      String(monitors),
      '--interval',
      String(interval),
      '--seconds',
      String(measureMs / 1000),
      '--warmup',
      String(warmupMs / 1000),
      ...extra,
    ],
    {
      execArgv: [...PRODUCT_V8_FLAGS, '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const result = new Promise<T>((resolve, reject) => {
    proc.once('message', (message) => resolve(message as T));
    proc.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
  });
  return { result, stop: () => proc.kill() };
}

function printFigures(figures: Figures): void {
  console.log(
    `${figures.label.padEnd(22)} CPU ${figures.cpuPercent.toFixed(2)} % of one core | RSS median ${figures.rssMedianMiB.toFixed(0)} MiB, max ${figures.rssMaxMiB.toFixed(0)} MiB | JS heap used median ${figures.heapUsedMedianMiB.toFixed(0)} MiB | ${figures.checks} checks (${((figures.checks / measureMs) * 1000).toFixed(1)}/s)`,
  );
}

const verdict = (met: boolean) => (met ? 'met' : 'missed');

async function manyMonitors(portArgs: string[]): Promise<void> {
  console.log(`\n${monitorCount} monitors every ${intervalSeconds} s; the bare loop first, then the service`);
  const bare = await child<Figures>('bare', portArgs).result;
  const engine = await child<Figures>('engine', portArgs).result;
  for (const figures of [bare, engine]) printFigures(figures);
  const perCheck = (figures: Figures) =>
    ((figures.cpuPercent / 100) * measureMs) / Math.max(1, figures.checks);
  console.log(
    `CPU per check: service ${perCheck(engine).toFixed(2)} ms, bare ${perCheck(bare).toFixed(2)} ms (ratio ${(perCheck(engine) / perCheck(bare)).toFixed(2)}x)`,
  );
  console.log(
    `scheduling lag (planned start to actual start): p50 ${engine.lagP50?.toFixed(1)} ms, p99 ${engine.lagP99?.toFixed(1)} ms, max ${engine.lagMax?.toFixed(1)} ms`,
  );
  const bytesPerResult = (engine.databaseBytes ?? 0) / Math.max(1, engine.resultsStored ?? 1);
  const resultsPerDay = monitorCount * (86_400 / intervalSeconds);
  console.log(
    `database: ${((engine.databaseBytes ?? 0) / 1024 / 1024).toFixed(1)} MiB for ${engine.resultsStored} results = ${bytesPerResult.toFixed(0)} bytes/result -> ${((bytesPerResult * resultsPerDay) / 1024 / 1024).toFixed(0)} MiB of raw results per day (kept 48 h, then hourly rollups)`,
  );
  console.log(
    `goals: RSS median ${engine.rssMedianMiB.toFixed(0)} MiB <= ${GOALS.manyRssMiB} MiB (${verdict(engine.rssMedianMiB <= GOALS.manyRssMiB)}), CPU <= 2 % (${verdict(engine.cpuPercent <= 2)}), p99 lag <= 250 ms (${verdict((engine.lagP99 ?? Infinity) <= 250)})`,
  );
}

async function smallShop(portArgs: string[]): Promise<void> {
  const { monitors, intervalSeconds: interval } = SMALL_SHOP;
  console.log(`\nsmall shop: ${monitors} monitors every ${interval} s, beside an idle Node at the same time`);
  const [idle, engine] = await Promise.all([
    child<Figures>('idle', [], monitors, interval).result,
    child<Figures>('engine', portArgs, monitors, interval).result,
  ]);
  for (const figures of [idle, engine]) printFigures(figures);
  const allowed = idle.rssMedianMiB + GOALS.smallAboveIdleMiB;
  console.log(
    `goal: RSS median ${engine.rssMedianMiB.toFixed(0)} MiB <= idle Node ${idle.rssMedianMiB.toFixed(0)} + ${GOALS.smallAboveIdleMiB} = ${allowed.toFixed(0)} MiB (${verdict(engine.rssMedianMiB <= allowed)}); ${(engine.rssMedianMiB - idle.rssMedianMiB).toFixed(0)} MiB above idle`,
  );
}

async function main(): Promise<void> {
  const which = values.case;
  console.log(
    `node ${process.version} ${PRODUCT_V8_FLAGS.join(' ')}; ${SERVER_COUNT} loopback servers; warm-up ${warmupMs / 1000} s, then ${measureMs / 1000} s measured per side`,
  );
  const servers = child<{ ports: number[] }>('servers');
  const { ports } = await servers.result;
  const portArgs = ['--ports', ports.join(',')];
  try {
    if (which === 'both' || which === 'many') await manyMonitors(portArgs);
    if (which === 'both' || which === 'small') await smallShop(portArgs);
  } finally {
    servers.stop();
  }
}

const role = values.role;
const rolePorts = (values.ports ?? '').split(',').filter(Boolean).map(Number);
if (role === 'servers') await runServers();
else if (role === 'bare') await runBare(rolePorts);
else if (role === 'engine') await runEngine(rolePorts);
else if (role === 'idle') await runIdle();
else await main();
