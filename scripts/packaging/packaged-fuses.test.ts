import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuseConfig } from '@electron/fuses';
import { flipFuses, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WantedFuses } from './packaged-fuses';
import {
  BUILDER_FUSE_POSITIONS,
  builderConfigSchema,
  describeFuseCheck,
  fuseMismatches,
  packagedBinaries,
} from './packaged-fuses';

const projectConfig = builderConfigSchema.parse(
  load(readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8')),
);

/** Bytes @electron/fuses writes (its FuseState, which it does not export). */
const OFF = 48;
const ON = 49;
const REMOVED = 114;
const INHERIT = 144;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** An "Electron binary" as far as fuses go: noise around the sentinel and a V1 wire of eight fuses. */
function fakeElectronBinary(path: string, states: number[]): void {
  const wire = Buffer.from([1, states.length, ...states]);
  writeFileSync(path, Buffer.concat([randomBytes(4096), Buffer.from(SENTINEL), wire, randomBytes(4096)]));
}

/** The wire electron-builder writes for the yml's fuses, as its generateFuseConfig builds it. */
function builderFuseConfig(wanted: WantedFuses): FuseConfig {
  const config: Record<string | number, unknown> = { version: FuseVersion.V1 };
  for (const [name, position] of Object.entries(BUILDER_FUSE_POSITIONS)) {
    const value = wanted[name as keyof typeof BUILDER_FUSE_POSITIONS];
    if (value !== undefined) config[position] = value;
  }
  return config as FuseConfig;
}

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'back-online-fuses-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the fuses read back from a packaged binary', () => {
  it('finds nothing wrong once the fuses in electron-builder.yml were flipped', async () => {
    const binary = join(folder, 'back-online');
    fakeElectronBinary(binary, Array<number>(8).fill(INHERIT));
    await flipFuses(binary, builderFuseConfig(projectConfig.electronFuses));
    expect(fuseMismatches(projectConfig.electronFuses, await getCurrentFuseWire(binary))).toEqual([]);
  });

  it('names every fuse the binary does not have as configured, as Electron ships it unflipped', async () => {
    const binary = join(folder, 'back-online');
    // Electron's defaults: run as node, cookie encryption off, NODE_OPTIONS and --inspect honoured, no
    // asar integrity, apps from anywhere, file:// privileged.
    fakeElectronBinary(binary, [ON, OFF, ON, ON, OFF, OFF, OFF, ON]);
    const mismatches = fuseMismatches(projectConfig.electronFuses, await getCurrentFuseWire(binary));
    expect(mismatches).toEqual([
      { fuse: 'runAsNode', wanted: 'off', found: 'on' },
      { fuse: 'enableCookieEncryption', wanted: 'on', found: 'off' },
      { fuse: 'enableNodeOptionsEnvironmentVariable', wanted: 'off', found: 'on' },
      { fuse: 'enableNodeCliInspectArguments', wanted: 'off', found: 'on' },
      { fuse: 'enableEmbeddedAsarIntegrityValidation', wanted: 'on', found: 'off' },
      { fuse: 'onlyLoadAppFromAsar', wanted: 'on', found: 'off' },
      { fuse: 'grantFileProtocolExtraPrivileges', wanted: 'off', found: 'on' },
    ]);
  });

  it('counts a fuse the binary removed, left to inherit, or has no room for as not set', () => {
    const read = { version: FuseVersion.V1, 0: REMOVED, 1: INHERIT } as unknown as FuseConfig<number>;
    expect(
      fuseMismatches({ runAsNode: false, enableCookieEncryption: true, onlyLoadAppFromAsar: true }, read),
    ).toEqual([
      { fuse: 'runAsNode', wanted: 'off', found: 'removed' },
      { fuse: 'enableCookieEncryption', wanted: 'on', found: 'inherit' },
      { fuse: 'onlyLoadAppFromAsar', wanted: 'on', found: 'missing' },
    ]);
  });

  it('checks only the fuses the project sets', () => {
    const read = { version: FuseVersion.V1, 0: ON } as unknown as FuseConfig<number>;
    expect(fuseMismatches({}, read)).toEqual([]);
  });

  it('prints the binary, each wrong fuse and what to do', () => {
    expect(describeFuseCheck('linux-unpacked/back-online', [])).toBe('fuses ok: linux-unpacked/back-online');
    const text = describeFuseCheck('win-unpacked/Back Online.exe', [
      { fuse: 'runAsNode', wanted: 'off', found: 'on' },
    ]);
    expect(text).toContain('win-unpacked/Back Online.exe');
    expect(text).toContain('runAsNode: electron-builder.yml wants it off, the binary has it on');
    expect(text).toContain('Do not ship this build');
  });
});

describe("electron-builder.yml's fuses", () => {
  it('sets every fuse the security checklist asks for', () => {
    expect(projectConfig.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('refuses a fuse name this check does not know, so none goes unchecked', () => {
    const parsed = builderConfigSchema.safeParse({
      productName: 'Back Online',
      electronFuses: { runAsNode: false, enableSomethingNew: true },
    });
    expect(parsed.success).toBe(false);
  });
});

describe('where electron-builder leaves the packaged apps', () => {
  it('finds each platform and architecture folder and the binary whose wire counts', () => {
    const entries = [
      'linux-unpacked',
      'linux-arm64-unpacked',
      'win-unpacked',
      'mac',
      'mac-universal',
      'Back Online-0.1.0.AppImage',
      'builder-debug.yml',
      'latest-linux.yml',
    ];
    expect(packagedBinaries(entries, projectConfig, 'back-online')).toEqual([
      join('linux-unpacked', 'back-online'),
      join('linux-arm64-unpacked', 'back-online'),
      join('win-unpacked', 'Back Online.exe'),
      join('mac', 'Back Online.app'),
      join('mac-universal', 'Back Online.app'),
    ]);
  });

  it('follows a Linux executable name the configuration sets', () => {
    const config = { ...projectConfig, linux: { executableName: 'backonline' } };
    expect(packagedBinaries(['linux-unpacked'], config, 'back-online')).toEqual([
      join('linux-unpacked', 'backonline'),
    ]);
  });
});
