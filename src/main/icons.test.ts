import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OVERALL_STATUSES } from '../shared/app-state';
import type { TrayPlatform } from './icons';
import { TRAY_ICONS, trayIconVariant, trayPlatform } from './icons';

const PLATFORMS: TrayPlatform[] = ['darwin', 'win32', 'linux'];

/** Width, height, bit depth and colour type straight from the PNG header. */
function pngHeader(file: string) {
  const bytes = readFileSync(new URL(`../../assets/tray/${file}`, import.meta.url));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

describe('tray icons', () => {
  it('gives every state its own artwork', () => {
    const stems = OVERALL_STATUSES.map((status) => TRAY_ICONS[status].stem);
    expect(new Set(stems).size).toBe(OVERALL_STATUSES.length);
    const looks = OVERALL_STATUSES.map((status) => TRAY_ICONS[status].looks);
    expect(new Set(looks).size).toBe(OVERALL_STATUSES.length);
  });

  it('uses black-and-alpha template images on macOS and colour elsewhere', () => {
    expect(trayIconVariant('down', 'darwin')).toEqual({
      template: true,
      representations: [
        { scaleFactor: 1, file: 'down-template-16.png' },
        { scaleFactor: 2, file: 'down-template-32.png' },
      ],
    });
    expect(trayIconVariant('down', 'win32')).toEqual({
      template: false,
      representations: [
        { scaleFactor: 1, file: 'down-16.png' },
        { scaleFactor: 1.5, file: 'down-24.png' },
        { scaleFactor: 2, file: 'down-32.png' },
        { scaleFactor: 3, file: 'down-48.png' },
        { scaleFactor: 4, file: 'down-64.png' },
      ],
    });
    expect(trayIconVariant('ok', 'linux').representations.map((r) => r.file)).toEqual([
      'ok-24.png',
      'ok-48.png',
    ]);
    expect(trayPlatform('freebsd')).toBe('linux');
  });

  it('has every referenced file in assets/tray as an RGBA PNG of the size its scale factor needs', () => {
    for (const platform of PLATFORMS) {
      const base = trayIconVariant('ok', platform).representations[0]!;
      for (const status of OVERALL_STATUSES) {
        for (const { scaleFactor, file } of trayIconVariant(status, platform).representations) {
          const pixels = Math.round(
            (Number(/(\d+)\.png$/.exec(base.file)?.[1]) * scaleFactor) / base.scaleFactor,
          );
          expect(pngHeader(file), file).toEqual({ width: pixels, height: pixels, colourType: 6 });
        }
      }
    }
  });
});
