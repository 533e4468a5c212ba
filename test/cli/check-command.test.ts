import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS } from '../../src/shared/check-options';
import { DNS_FIXTURE_NAMES, startDnsFixture, type DnsFixture } from '../fixtures/dns-fixture';
import { closedPort, FIXTURE_KEYWORD, startHttpFixture, type HttpFixture } from '../fixtures/http-fixture';
import { startTlsFixture, type TlsFixture } from '../fixtures/tls-fixture';
import { runSourceCli, type CliRun } from './spawn-cli';

interface JsonOutput {
  results: Record<string, unknown>[];
  overall: string;
}

const JSON_RESULT_KEYS = [
  'target',
  'kind',
  'status',
  'cause',
  'title',
  'explanation',
  'actions',
  'durationMs',
  'timings',
  'details',
];

let http: HttpFixture;
let dns: DnsFixture;
let tls: TlsFixture;
let dir: string;
let caFile: string;
let notPemFile: string;

beforeAll(async () => {
  [http, dns, tls] = await Promise.all([startHttpFixture(), startDnsFixture(), startTlsFixture()]);
  dir = await mkdtemp(join(tmpdir(), 'back-online-cli-'));
  caFile = join(dir, 'ca.pem');
  notPemFile = join(dir, 'notes.txt');
  await writeFile(caFile, tls.caPem);
  await writeFile(notPemFile, 'not a certificate');
}, 60_000);

afterAll(async () => {
  await Promise.all([http?.close(), dns?.close(), tls?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

function parseJson(run: CliRun): JsonOutput {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonOutput;
}

function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('back-online check, spawned from the sources', { timeout: 90_000 }, () => {
  it('explains a server error page in English and exits 1', async () => {
    const run = await runSourceCli(['check', http.url('/status/500')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✗ DOWN  ${http.url('/status/500')}  (`);
    expect(run.stdout).toContain('  Your website shows an error instead of your pages\n');
    expect(run.stdout).toContain('(Technical: HTTP status 500.)');
    expect(run.stdout).toMatch(/What to do now:\n {4}1\. .+\n {4}2\. .+\n {4}3\. .+/);
    expect(run.stdout).toContain('Checked 1: 1 down.');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toBe('');
  });

  it('explains it in formal Dutch from the system language, and in informal Dutch on request', async () => {
    const [formal, informal] = await Promise.all([
      runSourceCli(['check', http.url('/status/500')], { LANG: 'nl_NL.UTF-8' }),
      runSourceCli(['check', '--lang', 'nl', '--informal', http.url('/status/500')]),
    ]);
    expect(formal.code).toBe(1);
    expect(formal.stdout).toContain('✗ STORING');
    expect(formal.stdout).toContain('Uw website toont een foutmelding in plaats van uw pagina’s');
    expect(formal.stdout).toContain('Wat u nu kunt doen:');
    expect(informal.code).toBe(1);
    expect(informal.stdout).toContain('Je website toont een foutmelding in plaats van je pagina’s');
    expect(informal.stdout).toContain('Wat je nu kunt doen:');
  });

  it('reports a refused port as exactly the documented JSON', async () => {
    const port = await closedPort();
    const run = await runSourceCli(['check', '--json', `tcp://127.0.0.1:${port}`]);
    expect(run.code).toBe(1);
    const output = parseJson(run);
    expect(Object.keys(output)).toEqual(['results', 'overall']);
    expect(output.overall).toBe('down');
    const [result] = output.results;
    expect(Object.keys(result ?? {})).toEqual(JSON_RESULT_KEYS);
    expect(result).toMatchObject({
      target: `tcp://127.0.0.1:${port}`,
      kind: 'tcp',
      status: 'down',
      cause: 'connection_refused',
      title: 'The server turns visitors away',
      details: { host: '127.0.0.1', port, errorCode: 'ECONNREFUSED' },
    });
    expect(result?.actions).toHaveLength(3);
    expect(typeof result?.durationMs).toBe('number');
  });

  it('reads targets as people type them: host:port is a port, a bare name a website over https', async () => {
    const run = await runSourceCli([
      'check',
      '--json',
      '--timeout',
      '5',
      `127.0.0.1:${http.port}`,
      'localhost',
    ]);
    const [port, site] = parseJson(run).results;
    expect(port).toMatchObject({ target: `tcp://127.0.0.1:${http.port}`, kind: 'tcp', status: 'up' });
    expect(site).toMatchObject({ target: 'https://localhost', kind: 'http' });
    expectNoStackTrace(run);
  });

  it('looks every name up through --resolver, web targets included', async () => {
    const missing = DNS_FIXTURE_NAMES.nxdomain;
    const run = await runSourceCli([
      'check',
      '--json',
      '--resolver',
      dns.resolver,
      `dns://${missing}`,
      `http://${missing}:${http.port}/ok`,
      `http://www.shop.test:${http.port}/ok`,
    ]);
    expect(run.code).toBe(1);
    const output = parseJson(run);
    expect(output.results.map((result) => [result.status, result.cause, result.title])).toEqual([
      ['down', 'dns_not_found', 'Your domain name no longer exists'],
      ['down', 'dns_not_found', 'Your domain name no longer exists'],
      ['up', 'ok', 'Everything works'],
    ]);
    expect(output.results[0]?.details).toMatchObject({ dnsFailure: 'nxdomain' });
    expect(output.overall).toBe('down');

    const dutch = await runSourceCli([
      'check',
      '--lang',
      'nl',
      '--resolver',
      dns.resolver,
      `dns://${missing}`,
    ]);
    expect(dutch.code).toBe(1);
    expect(dutch.stdout).toContain('Uw domeinnaam bestaat niet meer');
  });

  it('trusts the --ca file, calls an expired certificate expired, in English and in Dutch', async () => {
    const expired = tls.url('expired');
    const [english, dutch] = await Promise.all([
      runSourceCli(['check', '--json', '--ca', caFile, expired]),
      runSourceCli(['check', '--ca', caFile, '--lang', 'nl', expired]),
    ]);
    expect(english.code).toBe(1);
    expect(parseJson(english).results[0]).toMatchObject({
      cause: 'tls_expired',
      status: 'down',
      title: "Your website's security certificate has expired",
    });
    expect(dutch.code).toBe(1);
    expect(dutch.stdout).toContain('Het beveiligingscertificaat van uw website is verlopen');
    expect(dutch.stdout).toContain('Wie u belt: uw IT-partner');
  });

  it('exits 0 when nothing is down, warnings included; without --ca the test CA is not trusted', async () => {
    const targets = [tls.url('valid'), tls.url('expiring_soon')];
    const [trusted, untrusted] = await Promise.all([
      runSourceCli(['check', '--ca', caFile, '--keyword', FIXTURE_KEYWORD, ...targets]),
      runSourceCli(['check', '--json', tls.url('valid')]),
    ]);
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).toContain(`✓ OK  ${tls.url('valid')}`);
    expect(trusted.stdout).toContain(`! WARNING  ${tls.url('expiring_soon')}`);
    expect(trusted.stdout).toContain("Your website's security certificate expires soon");
    expect(trusted.stdout).toContain('Checked 2: 1 with a warning, 1 OK.');
    expect(untrusted.code).toBe(1);
    expect(parseJson(untrusted).results[0]).toMatchObject({ cause: 'tls_untrusted' });
  });

  it('exits 2 on wrong usage with a translated message and the usage line, never a stack trace', async () => {
    const url = http.url('/ok');
    const cases: [string[], string, Record<string, string>?][] = [
      [['check'], 'back-online: Say what to check'],
      [['check', '--bogus', url], 'back-online: De optie --bogus bestaat niet.', { LANG: 'nl_NL.UTF-8' }],
      [
        ['check', 'ftp://files.shop.test'],
        'back-online: "ftp://files.shop.test" cannot be checked: write it as a web address (shop.example.nl)',
      ],
      [['check', '--timeout', 'soon', url], 'back-online: The timeout "soon" is not a number of seconds'],
      [['check', '--ca', notPemFile, url], `back-online: The file "${notPemFile}" holds no certificate`],
    ];
    const runs = await Promise.all(cases.map(([args, , env]) => runSourceCli(args, env)));
    runs.forEach((run, index) => {
      const [args, message, env] = cases[index] ?? [[], ''];
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stderr).toContain(
        env ? 'Gebruik: back-online check' : 'Usage: back-online check [options] <target>...',
      );
      expectNoStackTrace(run);
    });
  });

  it('gives up on a server that never answers after --timeout seconds', async () => {
    const run = await runSourceCli(['check', '--json', '--timeout', '2', http.url('/hang')]);
    expect(run.code).toBe(1);
    const [result] = parseJson(run).results;
    expect(result).toMatchObject({ status: 'down', cause: 'response_timeout' });
    // measured by the check itself, so a slow start-up on a busy machine does not count: it waited the
    // two seconds asked for (timers round to the millisecond), and gave up long before the default would
    expect(result?.durationMs).toBeGreaterThanOrEqual(2_000 - 100);
    expect(result?.durationMs).toBeLessThan(DEFAULT_CHECK_OPTIONS.timeoutMs);
  });
});
