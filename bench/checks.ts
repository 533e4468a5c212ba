/**
 * Check engine benchmark: N concurrent HTTP checks against a loopback server (one connection per
 * request, as a monitor sees a site), compared with a bare `fetch` of the same URL in the same run.
 * The server runs in a child process so the CPU figures are the client's alone.
 *
 *   npx tsx bench/checks.ts
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkHttp } from '../src/core/checks/http';
import { DEFAULT_CHECK_OPTIONS } from '../src/shared/check-options';
import { networkCheckDeps } from '../test/support/check-deps';

const CONCURRENCY = [50, 200];
const WARMUP_ROUNDS = 3;
const MEASURED_ROUNDS = 9;
const GOAL_RATIO = 1.5;
const PAGE = `<!DOCTYPE html><html><head><title>Bench shop</title></head><body><h1>Welcome</h1>${'<p>Product line with a short description and a price.</p>'.repeat(60)}</body></html>`;

function serve(): void {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
    response.end(PAGE);
  });
  server.keepAliveTimeout = 0;
  server.listen({ host: '127.0.0.1', port: 0, backlog: 1024 }, () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.on('disconnect', () => process.exit(0));
}

const deps = networkCheckDeps();

interface Round {
  wallMs: number;
  cpuMsPerCheck: number;
}

async function round(n: number, one: () => Promise<void>): Promise<Round> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: n }, one));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMsPerCheck: (cpu.user + cpu.system) / 1000 / n };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const child = fork(process.argv[1] ?? '', ['--serve'], { stdio: 'inherit' });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m: { port: number }) => resolve(m.port)),
  );
  const url = `http://127.0.0.1:${port}/`;
  const target = { kind: 'http' as const, url, host: '127.0.0.1' };
  const options = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 30_000 };

  const engine = async (): Promise<void> => {
    const result = await checkHttp(target, url, options, deps);
    if (result.status !== 'up') throw new Error(`engine check was ${result.status}/${result.cause}`);
  };
  const bare = async (): Promise<void> => {
    const response = await fetch(url);
    await response.text();
    if (response.status !== 200) throw new Error(`fetch got ${response.status}`);
  };

  console.log(`node ${process.version}, ${PAGE.length} byte page, server closes every connection`);
  console.log(`${WARMUP_ROUNDS} warm-up + ${MEASURED_ROUNDS} measured rounds per N; medians\n`);
  let worst = 0;
  try {
    for (const n of CONCURRENCY) {
      const rounds = { engine: [] as Round[], bare: [] as Round[] };
      for (let i = 0; i < WARMUP_ROUNDS + MEASURED_ROUNDS; i++) {
        // alternate which goes first so neither always runs on a warmer process
        const order = i % 2 === 0 ? (['engine', 'bare'] as const) : (['bare', 'engine'] as const);
        for (const which of order) {
          const measured = await round(n, which === 'engine' ? engine : bare);
          if (i >= WARMUP_ROUNDS) rounds[which].push(measured);
        }
      }
      const figures = (list: Round[]) => ({
        wall: median(list.map((r) => r.wallMs)),
        cpu: median(list.map((r) => r.cpuMsPerCheck)),
      });
      const e = figures(rounds.engine);
      const b = figures(rounds.bare);
      const wallRatio = e.wall / b.wall;
      const cpuRatio = e.cpu / b.cpu;
      worst = Math.max(worst, wallRatio, cpuRatio);
      console.log(
        `N=${String(n).padEnd(4)} engine: ${e.wall.toFixed(1)} ms/round, ${e.cpu.toFixed(3)} ms CPU/check | ` +
          `fetch: ${b.wall.toFixed(1)} ms/round, ${b.cpu.toFixed(3)} ms CPU/check | ` +
          `engine/bare wall ${wallRatio.toFixed(2)}x, CPU ${cpuRatio.toFixed(2)}x`,
      );
    }
  } finally {
    child.disconnect();
  }
  const verdict = worst <= GOAL_RATIO ? 'met' : 'NOT met';
  console.log(
    `\ngoal: engine within ${GOAL_RATIO}x of bare fetch — ${verdict} (worst ratio ${worst.toFixed(2)}x)`,
  );
}

if (process.argv.includes('--serve')) serve();
else await main();
