import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTestCertificates } from '../../../test/fixtures/test-certificates';
import { captureIo } from '../../../test/cli/capture-io';
import { UsageError } from '../usage-error';
import { holdsPemCertificates, readCaFiles } from './ca-files';

let dir: string;
let caPem: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'back-online-ca-files-'));
  caPem = (await generateTestCertificates(join(dir, 'certs'))).caPem;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('holdsPemCertificates', () => {
  it('accepts real certificates and nothing else', () => {
    expect(holdsPemCertificates(caPem)).toBe(true);
    expect(holdsPemCertificates(`${caPem}\n${caPem}`)).toBe(true);
    expect(holdsPemCertificates('')).toBe(false);
    expect(
      holdsPemCertificates('-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n'),
    ).toBe(false);
    expect(holdsPemCertificates('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n')).toBe(false);
  });
});

describe('readCaFiles', () => {
  it('reads every file, and nothing when none is given', async () => {
    const file = join(dir, 'ca.pem');
    await writeFile(file, caPem);
    expect(await readCaFiles([file, file], captureIo())).toEqual([caPem, caPem]);
    expect(await readCaFiles([], captureIo())).toBeUndefined();
  });

  it('turns a missing, unreadable or non-PEM file into a usage error', async () => {
    const notPem = join(dir, 'notes.txt');
    await writeFile(notPem, 'hello');
    const missing = join(dir, 'missing.pem');
    await expect(readCaFiles([missing], captureIo())).rejects.toEqual(
      new UsageError('ca_unreadable', { file: missing }),
    );
    await expect(readCaFiles([dir], captureIo())).rejects.toMatchObject({ code: 'ca_unreadable' });
    await expect(readCaFiles([notPem], captureIo())).rejects.toMatchObject({
      code: 'ca_not_pem',
      params: { file: notPem },
    });
  });
});
