import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, startHttpFixture, type HttpFixture } from '../../test/fixtures/http-fixture';
import { captureIo } from '../../test/cli/capture-io';
import type { CliCommand } from './command';
import { COMMANDS } from './commands';
import { runCli } from './run-cli';

let http: HttpFixture;

beforeAll(async () => {
  http = await startHttpFixture();
});

afterAll(async () => {
  await http.close();
});

describe('runCli', () => {
  it('prints the general help for --help and exits 0', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: back-online <command> [options]');
    expect(io.out()).toMatch(/\n {2}check +check targets once/);
    expect(io.out()).toMatch(
      /\n {2}watch +keep checking and show every change as it happens\n {2}incidents +list the incidents/,
    );
    expect(io.err()).toBe('');
  });

  it('exits 2 with a translated message and the usage for no command or an unknown one', async () => {
    const none = captureIo();
    expect(await runCli([], none)).toBe(2);
    expect(none.err()).toContain('back-online: Say what to do');
    expect(none.err()).toContain('Usage: back-online <command> [options]');

    const unknown = captureIo({ LANG: 'nl_NL.UTF-8' });
    expect(await runCli(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err()).toContain('back-online: De opdracht "frobnicate" bestaat niet.');
    expect(unknown.err()).toContain('Gebruik: back-online <opdracht> [opties]');
    expect(unknown.out()).toBe('');
  });

  it('reports a usage error of a command with that command’s usage line, in the language asked for', async () => {
    const io = captureIo();
    expect(await runCli(['check', '--lang', 'nl', '--bogus', 'dns://a.nl'], io)).toBe(2);
    expect(io.err()).toBe(
      [
        'back-online: De optie --bogus bestaat niet.',
        'Gebruik: back-online check [opties] <doel>...',
        'Voer "back-online check --help" uit voor alle doelen en opties.',
        '',
      ].join('\n'),
    );
    const target = captureIo();
    expect(await runCli(['check', 'tcp://127.0.0.1'], target)).toBe(2);
    expect(target.err()).toContain(
      'back-online: "tcp://127.0.0.1" cannot be checked: add a port number, for example tcp://host:5432.',
    );
  });

  it('reports usage errors of watch and incidents with their own usage lines', async () => {
    const watch = captureIo();
    expect(await runCli(['watch', '--port', '80'], watch)).toBe(2);
    expect(watch.err()).toBe(
      [
        'back-online: There is no option --port.',
        'Usage: back-online watch [options]',
        'Run "back-online watch --help" for all options.',
        '',
      ].join('\n'),
    );
    const incidents = captureIo({ LANG: 'nl_NL.UTF-8' });
    expect(await runCli(['incidents', '--json=yes'], incidents)).toBe(2);
    expect(incidents.err()).toBe(
      [
        'back-online: De optie --json neemt geen waarde.',
        'Gebruik: back-online incidents [opties]',
        'Voer "back-online incidents --help" uit voor alle opties.',
        '',
      ].join('\n'),
    );
  });

  it('turns an unexpected failure into one translated line and exit 3, never a stack trace', async () => {
    const broken: CliCommand = {
      summary: () => 'breaks',
      usage: () => ({ line: 'back-online broken', hint: '' }),
      run: () => Promise.reject(new Error('secret internal detail')),
    };
    const io = captureIo({ LANG: 'nl_NL.UTF-8' });
    expect(await runCli(['broken', '--informal'], io, { ...COMMANDS, broken })).toBe(3);
    expect(io.err()).toBe(
      'back-online: Er ging iets mis in Back Online, waardoor het niet kon afmaken. Probeer het opnieuw; blijft het gebeuren, meld het dan bij wie Back Online voor je ondersteunt.\n',
    );
  });

  it('checks for real: exit 1 when something is down, 0 when all is up', async () => {
    const port = await closedPort();
    const down = captureIo();
    expect(await runCli(['check', '--json', `tcp://127.0.0.1:${port}`, http.url('/ok')], down)).toBe(1);
    const report = JSON.parse(down.out()) as {
      results: { cause: string; status: string }[];
      overall: string;
    };
    expect(report.results.map((result) => [result.status, result.cause])).toEqual([
      ['down', 'connection_refused'],
      ['up', 'ok'],
    ]);
    expect(report.overall).toBe('down');

    const up = captureIo();
    expect(await runCli(['check', http.url('/ok')], up)).toBe(0);
    expect(up.out()).toContain(`✓ OK  ${http.url('/ok')}`);
    expect(up.out()).toContain('Checked 1: 1 OK.');
  });

  it('colours a terminal unless NO_COLOR is set', async () => {
    const terminal = captureIo({ LANG: 'en_US.UTF-8' }, true);
    await runCli(['check', http.url('/ok')], terminal);
    expect(terminal.out()).toContain('\u001b[32m');
    const noColor = captureIo({ LANG: 'en_US.UTF-8', NO_COLOR: '1' }, true);
    await runCli(['check', http.url('/ok')], noColor);
    expect(noColor.out()).not.toContain('\u001b[');
    expect(noColor.out()).toContain('✓ OK');
  });
});
