import type { ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import type { configFileSchema } from '../../src/shared/settings';

/** The config file as the owner writes it: defaults may be left out. */
type ConfigInput = z.input<typeof configFileSchema>;
import type { HttpFixture } from '../fixtures/http-fixture';
import { startHttpFixture } from '../fixtures/http-fixture';

const ROOT = join(import.meta.dirname, '..', '..');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/;

/** Checks quick enough for a test to see a site go down and come back, yet one confirming re-check. */
export const FAST_CHECKS: NonNullable<ConfigInput['checks']> = {
  intervalSeconds: 10,
  timeoutSeconds: 5,
  confirmRechecks: 1,
  recheckDelaySeconds: 1,
  recoveryThreshold: 1,
  concurrency: 4,
  resumeGraceSeconds: 0,
};

/** Only loopback: the "is my own internet up" reference is a fixture, never the real internet. */
export const loopbackConnectivity = (port: number) => ({
  targets: [`tcp://127.0.0.1:${port}`],
  includeGateway: false,
});

export interface WebModeProcess {
  /** The process that was started; it stays the one serving, whatever it re-executes. */
  pid: number;
  url: string;
  origin: string;
  port: number;
  token: string;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash or a power cut would end it; resolves with the signal once it has ended. */
  kill(): Promise<NodeJS.Signals | null>;
}

/**
 * Runs the real `back-online web` from the build (bin/back-online.mjs → out/cli) in its own process, with a
 * fresh data folder and the given config, and waits for the link it prints.
 */
export async function startWebMode(
  config: ConfigInput,
  extraArgs: string[] = [],
  /** A data folder that outlives the process (to start it again on the same data); else a fresh one. */
  dataDir?: string,
): Promise<WebModeProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'back-online-e2e-'));
  const configPath = join(dir, 'config.json');
  await writeFile(configPath, JSON.stringify(config, null, 2));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'back-online.mjs'),
      'web',
      '--port',
      '0',
      '--data-dir',
      dataDir ?? join(dir, 'data'),
      '--config',
      configPath,
      ...extraArgs,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_GB.UTF-8' } },
  );
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const exited = ended.then(({ code }) => code);

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no link printed within 30 s; output:\n${output}`)),
      30_000,
    );
    const look = () => {
      const found = URL_PATTERN.exec(output);
      if (!found) return;
      clearTimeout(timer);
      child.stdout?.off('data', look);
      resolve(found);
    };
    child.stdout?.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`back-online web exited with ${code} before printing a link; output:\n${output}`));
    });
  });

  const port = Number(match[1]);
  return {
    pid: child.pid ?? -1,
    url: match[0],
    origin: `http://127.0.0.1:${port}`,
    port,
    token: match[2] ?? '',
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(killer);
      await rm(dir, { recursive: true, force: true });
      return code;
    },
    async kill() {
      child.kill('SIGKILL');
      const { signal } = await ended;
      await rm(dir, { recursive: true, force: true });
      return signal;
    },
  };
}

/** The first open incident's id, as a notification or the tray would put it in a link; waits until there is one. */
export async function openIncidentId(web: WebModeProcess, timeout = 30_000): Promise<string> {
  let id: string | undefined;
  await expect(async () => {
    const response = await fetch(`${web.origin}/api/state.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-back-online-token': web.token },
      body: '{}',
    });
    const result = (await response.json()) as { value: { openIncidents: { id: string }[] } };
    id = result.value.openIncidents[0]?.id;
    expect(id).toBeTruthy();
  }).toPass({ timeout });
  return id ?? '';
}

export interface ShopWatch {
  /** The owner's web shop: a loopback fixture a test can switch down and up. */
  shop: HttpFixture;
  /** What "is my own internet up" checks: another loopback fixture. */
  reference: HttpFixture;
  web: WebModeProcess;
  stop(): Promise<void>;
}

/**
 * A real `back-online web` in English, past the welcome, with fast checks, watching the monitors the test
 * names against a loopback shop; the screens' specs start from here.
 */
export async function startShopWatch(
  monitors: (shop: HttpFixture) => ConfigInput['monitors'] = () => [],
  config: Partial<ConfigInput> = {},
): Promise<ShopWatch> {
  const shop = await startHttpFixture();
  const reference = await startHttpFixture();
  const web = await startWebMode({
    language: 'en',
    onboarded: true,
    connectivity: loopbackConnectivity(reference.port),
    checks: FAST_CHECKS,
    monitors: monitors(shop),
    ...config,
  });
  return {
    shop,
    reference,
    web,
    async stop() {
      await web.stop();
      await shop.close();
      await reference.close();
    },
  };
}
