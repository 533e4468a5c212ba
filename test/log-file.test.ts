import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpFixture } from './fixtures/http-fixture';
import type { HttpFixture } from './fixtures/http-fixture';
import { rawRequest } from '../src/web/testing/http-client';
import type { WebModeProcess } from './e2e/web-mode-process';
import { FAST_CHECKS, loopbackConnectivity, startWebMode } from './e2e/web-mode-process';

let site: HttpFixture;
let web: WebModeProcess;
let dataDir: string;

beforeAll(async () => {
  site = await startHttpFixture();
  await site.setMode('server_error');
  dataDir = join(await mkdtemp(join(tmpdir(), 'back-online-log-run-')), 'data');
  web = await startWebMode(
    {
      language: 'en',
      connectivity: loopbackConnectivity(site.port),
      checks: FAST_CHECKS,
      monitors: [{ name: 'Webshop', target: site.url('/') }],
    },
    [],
    dataDir,
  );
}, 60_000);

afterAll(async () => {
  await web?.stop();
  await site?.close();
  if (dataDir) await rm(join(dataDir, '..'), { recursive: true, force: true });
});

const call = (channel: string, body: unknown) =>
  rawRequest(web.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', 'x-back-online-token': web.token },
    body: JSON.stringify(body),
  }).then((response) => JSON.parse(response.body) as { ok: boolean; value?: unknown; error?: unknown });

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 40_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within 40 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the log file of back-online web', () => {
  it('holds start-up, the failing site, a storage failure and shutdown, and never the token', async () => {
    await until(async () => {
      const state = await call('state.get', {});
      return (state.value as { overall?: string } | undefined)?.overall === 'down';
    }, 'the failing site counting as down');

    // Something else took the settings file's name: the save must fail, and say so in the log.
    const settingsPath = join(dataDir, 'settings.json');
    await rm(settingsPath, { force: true });
    await mkdir(settingsPath);
    expect(await call('settings.set', { language: 'nl' })).toEqual({
      ok: false,
      error: { code: 'storage_failed', storage: { problem: 'is_folder', path: settingsPath } },
    });

    // The recovery guide's support request takes the log's last lines through the API.
    const tail = (await call('logs.tail', { lines: 3 })).value as { lines: string[] };
    expect(tail.lines).toHaveLength(3);
    expect(tail.lines.at(-1)).toContain('storage_failed problem=is_folder');
    expect(tail.lines.join('\n')).not.toContain(web.token);

    expect(await web.stop()).toBe(0);
    const logPath = join(dataDir, 'back-online.log');
    const log = await readFile(logPath, 'utf8');
    console.log(`--- ${logPath} ---\n${log}--- end of log ---`);

    expect((await stat(logPath)).mode & 0o777).toBe(0o600);
    const lines = log.trimEnd().split('\n');
    expect(
      lines.every((line) =>
        /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d\] \[\w+\]\s+\[command line\] /.test(line),
      ),
    ).toBe(true);
    const order = [
      'command_line_started',
      'service_started monitors=1',
      `web_started port=${web.port}`,
      'monitor_status monitor=Webshop from=pending to=down cause=http_server_error',
      `storage_failed problem=is_folder path=${settingsPath} during=service_fault`,
      'service_stopped',
    ].map((text) => lines.findIndex((line) => line.includes(text)));
    expect(
      order.every((index) => index >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(log).not.toContain(web.token);
  });
});
