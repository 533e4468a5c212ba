import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackConnectivity, startWebMode } from '../e2e/web-mode-process';
import { closedPort, startHttpFixture, type HttpFixture } from '../fixtures/http-fixture';
import { ROOT, runBuiltCli } from './spawn-cli';

const built = existsSync(join(ROOT, 'out', 'cli', 'index.js'));

// `npm test` builds before it runs vitest; a bare `vitest run` without a build skips these
describe.runIf(built)('the built back-online command', { timeout: 60_000 }, () => {
  let http: HttpFixture;

  beforeAll(async () => {
    http = await startHttpFixture();
  });

  afterAll(async () => {
    await http?.close();
  });

  it('checks with plain Node and exits 1 when something is down, 0 when all is up', async () => {
    const [down, up] = await Promise.all([
      runBuiltCli(['check', '--json', http.url('/status/500'), http.url('/ok')]),
      runBuiltCli(['check', '--lang', 'nl', http.url('/ok')]),
    ]);
    expect(down.code).toBe(1);
    const output = JSON.parse(down.stdout) as { results: { cause: string }[]; overall: string };
    expect(output.results.map((result) => result.cause)).toEqual(['http_server_error', 'ok']);
    expect(output.overall).toBe('down');
    expect(up.code).toBe(0);
    expect(up.stdout).toContain(`✓ OK  ${http.url('/ok')}`);
    expect(up.stdout).toContain('Alles werkt');
  });

  it('exits 2 with a translated usage error', async () => {
    const run = await runBuiltCli(['check'], { LANG: 'nl_NL.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('back-online: Zeg wat er gecontroleerd moet worden');
    expect(run.stderr).toContain('Gebruik: back-online check [opties] <doel>...');
  });

  it.runIf(process.platform === 'linux')(
    'runs all day with a small young generation, in the very process it was started as',
    async () => {
      const web = await startWebMode({
        connectivity: loopbackConnectivity(await closedPort()),
        monitors: [],
      });
      try {
        // the link is printed after start-up, so the process has long replaced itself by then
        const commandLine = readFileSync(`/proc/${web.pid}/cmdline`, 'utf8').split('\0');
        expect(commandLine).toContain('--max-semi-space-size=2');
        expect(commandLine).toContain('web');
      } finally {
        await web.stop();
      }
    },
  );
});
