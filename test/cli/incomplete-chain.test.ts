import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startIncompleteChainFixture,
  type IncompleteChainFixture,
} from '../fixtures/incomplete-chain-fixture';
import { runSourceCli } from './spawn-cli';

interface JsonResult {
  target: string;
  status: string;
  cause: string;
  title: string;
  details: Record<string, unknown>;
}

let chains: IncompleteChainFixture;
let dir: string;
let rootFile: string;

beforeAll(async () => {
  chains = await startIncompleteChainFixture();
  dir = await mkdtemp(join(tmpdir(), 'back-online-chain-cli-'));
  rootFile = join(dir, 'root.pem');
  await writeFile(rootFile, chains.rootPem);
}, 60_000);

afterAll(async () => {
  await chains?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('back-online check on a certificate sent without its intermediate', { timeout: 90_000 }, () => {
  it('finishes the chain from the "CA Issuers" address (DER or PEM, fetched once): a warning, not down', async () => {
    const tlsTarget = chains
      .url('der')
      .replace(/^https/, 'tls')
      .replace(/\/ok$/, '');
    const run = await runSourceCli([
      'check',
      '--json',
      '--ca',
      rootFile,
      chains.url('der'),
      chains.url('pem'),
      chains.url('der', '/shop'),
      tlsTarget,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: JsonResult[] };
    for (const result of results) {
      expect(result, result.target).toMatchObject({
        status: 'degraded',
        cause: 'tls_incomplete_chain',
        title: "Your website's security certificate is missing a piece",
        details: { missingIssuer: 'Back Online Chain Test Intermediate' },
      });
    }
    expect(chains.issuerFetches.get('/issuer/intermediate.der')).toBe(1);
    expect(chains.issuerFetches.get('/issuer/intermediate.pem')).toBe(1);
  });

  it('keeps a certificate whose intermediate is nowhere to be found untrusted and down', async () => {
    const run = await runSourceCli(['check', '--json', '--ca', rootFile, chains.url('nowhere')]);
    expect(run.code).toBe(1);
    const { results } = JSON.parse(run.stdout) as { results: JsonResult[] };
    expect(results[0]).toMatchObject({ status: 'down', cause: 'tls_untrusted' });
    expect(chains.issuerFetches.get('/issuer/gone.der')).toBe(1);
  });

  it('is fine with the full chain, and untrusted without the root, however complete', async () => {
    const [run, untrusted] = await Promise.all([
      runSourceCli(['check', '--json', '--ca', rootFile, chains.url('full')]),
      runSourceCli(['check', '--json', chains.url('der')]),
    ]);
    expect(JSON.parse(run.stdout)).toMatchObject({ results: [{ status: 'up', cause: 'ok' }] });
    expect(JSON.parse(untrusted.stdout)).toMatchObject({
      results: [{ status: 'down', cause: 'tls_untrusted' }],
    });
  });

  it('says it in Dutch', async () => {
    const run = await runSourceCli(['check', '--lang', 'nl', '--ca', rootFile, chains.url('pem')]);
    expect(run.stdout).toContain('Aan het beveiligingscertificaat van uw website ontbreekt een stuk');
    expect(run.stdout).toContain('ontbrekend tussencertificaat: Back Online Chain Test Intermediate');
  });
});
