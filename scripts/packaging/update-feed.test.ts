import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8')) as {
  publish: unknown;
  mac: { target: string[] };
  linux: { target: string[] };
  win: { target: string[] };
};

describe("electron-builder.yml's update feed", () => {
  it('is a generic https folder named when packaging, never an address made up in the repository', () => {
    expect(config.publish).toEqual({
      provider: 'generic',
      url: '${env.BACK_ONLINE_UPDATES_URL}',
      channel: 'latest',
    });
  });

  it('builds a target electron-updater can update from on every platform', () => {
    expect(config.win.target).toContain('nsis');
    expect(config.linux.target).toContain('AppImage');
    expect(config.mac.target).toContain('zip');
  });
});
