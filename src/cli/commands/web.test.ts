import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpFixture } from '../../../test/fixtures/http-fixture';
import type { HttpFixture } from '../../../test/fixtures/http-fixture';
import { captureIo } from '../../../test/cli/capture-io';
import type { TempRenderer } from '../../web/testing/temp-renderer';
import { createTempRenderer } from '../../web/testing/temp-renderer';
import { rawRequest } from '../../web/testing/http-client';
import { EXIT_CODES } from '../exit-codes';
import { createWebCommand, defaultWebCommandDeps } from './web';

let renderer: TempRenderer;
let dir: string;
let fixture: HttpFixture;

beforeEach(async () => {
  renderer = await createTempRenderer();
  dir = await mkdtemp(join(tmpdir(), 'back-online-web-command-'));
  fixture = await startHttpFixture();
});

afterEach(async () => {
  await fixture.close();
  await renderer.remove();
  await rm(dir, { recursive: true, force: true });
});

async function writeConfig(config: unknown): Promise<string> {
  const path = join(dir, 'config.json');
  await writeFile(path, JSON.stringify(config));
  return path;
}

const localConfig = (fixturePort: number) => ({
  connectivity: { targets: [`tcp://127.0.0.1:${fixturePort}`], includeGateway: false },
  monitors: [{ name: 'Webshop', target: `http://127.0.0.1:${fixturePort}/` }],
});

function commandWith(overrides: Partial<typeof defaultWebCommandDeps> = {}) {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const command = createWebCommand({
    ...defaultWebCommandDeps,
    rendererDir: () => renderer.rendererDir,
    defaultDataDir: () => join(dir, 'default-data'),
    waitForStop: () => stopped,
    ...overrides,
  });
  return { command, stop };
}

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('back-online web', () => {
  it('serves the service until told to stop, then stops cleanly', async () => {
    const io = captureIo();
    const { command, stop } = commandWith();
    const config = await writeConfig(localConfig(fixture.port));
    const running = command.run(['--port', '0', '--data-dir', join(dir, 'data'), '--config', config], {
      io,
      locale: { language: 'en', formality: 'formal' },
    });
    await waitFor(() => /token=/.test(io.out()));
    const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(io.out());
    expect(io.out()).toContain('Back Online is running. Open this link in your web browser:');
    const port = Number(match?.[1]);
    const answer = await rawRequest(port, {
      method: 'POST',
      path: '/api/state.get',
      headers: { 'content-type': 'application/json', 'x-back-online-token': match?.[2] ?? '' },
      body: '{}',
    });
    const state = JSON.parse(answer.body);
    expect(state.ok).toBe(true);
    expect(state.value.monitors.map((entry: { monitor: { name: string } }) => entry.monitor.name)).toEqual([
      'Webshop',
    ]);
    stop();
    expect(await running).toBe(EXIT_CODES.ok);
    await expect(rawRequest(port, { path: '/' })).rejects.toThrow();
  });

  it('says in plain words to build first when the web pages are missing', async () => {
    const io = captureIo();
    const { command } = commandWith({ rendererDir: () => null });
    expect(await command.run(['--lang', 'nl'], { io, locale: { language: 'nl', formality: 'formal' } })).toBe(
      EXIT_CODES.usage,
    );
    expect(io.err()).toContain('Voer eerst "npm run build" uit');
  });

  it('names a port that is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const io = captureIo();
      const config = await writeConfig(localConfig(fixture.port));
      const { command } = commandWith();
      const code = await command.run(
        ['--port', String(taken), '--data-dir', join(dir, 'data'), '--config', config],
        {
          io,
          locale: { language: 'en', formality: 'formal' },
        },
      );
      expect(code).toBe(EXIT_CODES.usage);
      expect(io.err()).toContain(`Port ${taken} is already in use by another program.`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('refuses a config file with a mistake before starting anything', async () => {
    const io = captureIo();
    const config = await writeConfig({ monitors: [{ name: 'Webshop', target: 'ftp://shop.example.nl' }] });
    const { command } = commandWith();
    expect(
      await command.run(['--config', config], { io, locale: { language: 'en', formality: 'formal' } }),
    ).toBe(EXIT_CODES.usage);
    expect(io.err()).toContain('has a mistake at "monitors.0.target"');
  });

  it('shows its help', async () => {
    const io = captureIo();
    const { command } = commandWith();
    expect(await command.run(['--help'], { io, locale: { language: 'en', formality: 'formal' } })).toBe(
      EXIT_CODES.ok,
    );
    expect(io.out()).toContain('Usage: back-online web [options]');
    expect(io.out()).toContain('--data-dir <folder>');
    expect(io.out()).toContain(join(dir, 'default-data'));
  });
});
