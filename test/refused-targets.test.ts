import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackOnlineService } from '../src/core/service/index';
import { readConfigFile } from '../src/cli/commands/service-config';
import { ServiceCommandProblem } from '../src/cli/commands/service-problem';
import { parseApiRequest } from '../src/shared/api-contract';
import { startWebServer } from '../src/web/server';
import { rawRequest } from '../src/web/testing/http-client';
import { createTempRenderer } from '../src/web/testing/temp-renderer';
import { captureIo } from './cli/capture-io';
import { runSourceCli } from './cli/spawn-cli';
import { runCli } from '../src/cli/run-cli';

/** A `%` that starts no escape made `decodeURIComponent` throw through every edge of the app. */
const MALFORMED = ['process://%', 'disk://%zz', 'dns://%'] as const;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'back-online-malformed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a target with malformed percent-encoding', () => {
  it('is a 400 naming the field from the web API, and nothing is created', async () => {
    const renderer = await createTempRenderer();
    const service = await createBackOnlineService({ dataDir: join(dir, 'data') });
    const server = await startWebServer({
      handler: service,
      rendererDir: renderer.rendererDir,
      locale: { language: 'en', formality: 'formal' },
    });
    try {
      for (const target of MALFORMED) {
        const response = await rawRequest(server.port, {
          method: 'POST',
          path: '/api/monitors.create',
          headers: { 'content-type': 'application/json', 'x-back-online-token': server.token },
          body: JSON.stringify({ name: 'Kassa', target }),
        });
        expect(response.status, target).toBe(400);
        expect(JSON.parse(response.body), target).toEqual({
          ok: false,
          error: { code: 'invalid_request', issues: [{ path: 'target', code: 'target_invalid_encoding' }] },
        });
      }
      expect(await service.handle('monitors.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      await server.close();
      await service.stop();
      await renderer.remove();
    }
  });

  it('is a config mistake at its field, which watch refuses with exit 2', async () => {
    const path = join(dir, 'config.json');
    for (const [index, target] of MALFORMED.entries()) {
      await writeFile(path, JSON.stringify({ monitors: [{ name: 'Kassa', target }] }));
      const problem = await readConfigFile(path, captureIo()).catch((error: unknown) => error);
      expect(problem, target).toBeInstanceOf(ServiceCommandProblem);
      expect(problem, target).toMatchObject({
        problem: 'config_invalid',
        params: { field: 'monitors.0.target' },
      });
      await writeFile(path, JSON.stringify({ connectivity: { targets: ['tcp://127.0.0.1:1', target] } }));
      await expect(readConfigFile(path, captureIo()), `${index}`).rejects.toMatchObject({
        problem: 'config_invalid',
        params: { field: 'connectivity.targets.1' },
      });
    }
    const run = await runSourceCli(['watch', '--data-dir', join(dir, 'data'), '--config', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"connectivity.targets.1"');
  });

  it('is set aside from a stored settings.json, and the service still starts', async () => {
    const dataDir = join(dir, 'data');
    await mkdir(dataDir);
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ language: 'nl', connectivity: { targets: ['dns://%'] } }),
    );
    const service = await createBackOnlineService({ dataDir });
    try {
      await service.start();
      expect(service.startupNotices).toEqual([
        { code: 'settings_corrupt_moved', path: expect.stringContaining('settings.json.corrupt-') },
      ]);
      expect(existsSync(join(dataDir, 'settings.json'))).toBe(false);
      expect(readdirSync(dataDir).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
    } finally {
      await service.stop();
    }
  });

  it('makes `check` exit 2 with the reason in words, never 3', async () => {
    // In-process, the same runCli the command runs: three spawned tsx start-ups crowd a busy machine.
    for (const target of MALFORMED) {
      const io = captureIo();
      expect(await runCli(['check', target], io), target).toBe(2);
      expect(io.err()).toContain('holds a % that is not followed by two hexadecimal characters');
    }
  });
});

describe('a target with a user name and password', () => {
  const secretTarget = 'https://ann:geheim-wachtwoord@127.0.0.1:9/';

  it('is refused by the API and by `check`, and the password is never repeated', async () => {
    expect(parseApiRequest('monitors.create', { name: 'Shop', target: secretTarget })).toEqual({
      ok: false,
      error: { code: 'invalid_request', issues: [{ path: 'target', code: 'target_has_credentials' }] },
    });
    const run = await runSourceCli(['check', secretTarget]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"https://…@127.0.0.1:9/" cannot be checked: it contains a user name');
    expect(run.stderr + run.stdout).not.toContain('geheim');
  });
});
