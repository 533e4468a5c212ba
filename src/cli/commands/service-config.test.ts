import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceCommandProblem } from './service-problem';
import { MAX_CONFIG_FILE_BYTES, readConfigFile } from './service-config';

let dir: string;
const io = { readTextFile: (path: string) => readFile(path, 'utf8') };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'back-online-service-config-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problemOf(text: string | null): Promise<ServiceCommandProblem> {
  const path = join(dir, 'config.json');
  if (text !== null) await writeFile(path, text);
  try {
    await readConfigFile(path, io);
  } catch (error) {
    if (error instanceof ServiceCommandProblem) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('readConfigFile', () => {
  it('reads settings and monitors', async () => {
    const path = join(dir, 'config.json');
    await writeFile(
      path,
      JSON.stringify({ language: 'nl', monitors: [{ name: 'Webshop', target: 'https://shop.example.nl' }] }),
    );
    const config = await readConfigFile(path, io);
    expect(config.language).toBe('nl');
    expect(config.monitors).toEqual([{ name: 'Webshop', target: 'https://shop.example.nl' }]);
  });

  it('reads targets as people type them: a bare domain is a website over https, host:port a port', async () => {
    const path = join(dir, 'config.json');
    const monitors = [
      { name: 'Winkel', target: 'bakkerijdezon.nl' },
      { name: 'Shop', target: 'www.bakkerijdezon.nl/shop' },
      { name: 'Pin', target: '192.168.1.20:9100' },
    ];
    await writeFile(path, JSON.stringify({ monitors, connectivity: { targets: ['1.1.1.1:53'] } }));
    const config = await readConfigFile(path, io);
    expect(config.monitors.map((monitor) => monitor.target)).toEqual([
      'https://bakkerijdezon.nl',
      'https://www.bakkerijdezon.nl/shop',
      'tcp://192.168.1.20:9100',
    ]);
    expect(config.connectivity?.targets).toEqual(['tcp://1.1.1.1:53']);
  });

  it('says which file is missing, not JSON, or wrong where', async () => {
    expect(await problemOf(null)).toMatchObject({ problem: 'config_unreadable' });
    expect(await problemOf('{ language: nl')).toMatchObject({ problem: 'config_not_json' });
    expect(await problemOf(JSON.stringify({ monitors: [{ name: 'x', target: 'ftp://x' }] }))).toMatchObject({
      problem: 'config_invalid',
      params: { field: 'monitors.0.target' },
    });
  });

  it('accepts the byte-order mark Windows Notepad writes', async () => {
    const path = join(dir, 'config.json');
    await writeFile(path, `\uFEFF${JSON.stringify({ language: 'nl' })}`);
    expect((await readConfigFile(path, io)).language).toBe('nl');
  });

  it('refuses a file too large to be a configuration without reading it', async () => {
    const path = join(dir, 'config.json');
    await writeFile(path, Buffer.alloc(MAX_CONFIG_FILE_BYTES + 1, 0x20));
    let read = false;
    const watchingIo = { readTextFile: (file: string) => ((read = true), readFile(file, 'utf8')) };
    await expect(readConfigFile(path, watchingIo)).rejects.toMatchObject({
      problem: 'config_too_large',
      params: { file: path, limit: '5 MB' },
    });
    expect(read).toBe(false);
  });
});
