import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpFixture, type HttpFixture } from '../fixtures/http-fixture';
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
});
