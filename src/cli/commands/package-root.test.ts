import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtRendererDir, findPackageRoot } from './package-root';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'back-online-root-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findPackageRoot', () => {
  it('finds this package from the sources', () => {
    expect(findPackageRoot()).toBe(resolve(import.meta.dirname, '..', '..', '..'));
  });

  it('walks up from the built CLI folder, past package.json files of other packages', async () => {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'back-online' }));
    await mkdir(join(dir, 'out', 'cli', 'nested'), { recursive: true });
    await writeFile(join(dir, 'out', 'cli', 'package.json'), JSON.stringify({ name: 'something-else' }));
    await writeFile(join(dir, 'out', 'cli', 'nested', 'package.json'), '{ not json');
    expect(findPackageRoot(join(dir, 'out', 'cli', 'nested'))).toBe(dir);
  });

  it('finds nothing outside the package', () => {
    expect(findPackageRoot(dir)).toBeNull();
  });
});

describe('builtRendererDir', () => {
  it('is out/renderer once it holds an index.html', async () => {
    expect(builtRendererDir(dir)).toBeNull();
    await mkdir(join(dir, 'out', 'renderer'), { recursive: true });
    expect(builtRendererDir(dir)).toBeNull();
    await writeFile(join(dir, 'out', 'renderer', 'index.html'), '<!doctype html>');
    expect(builtRendererDir(dir)).toBe(join(dir, 'out', 'renderer'));
    expect(builtRendererDir(null)).toBeNull();
  });
});
