import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What a phone reads from an RGBA image: the bytes of the code as UTF-8 (no ECI means UTF-8 to phones). */
export function decodeQrImage(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  const code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
  return code === null ? null : utf8.decode(Uint8Array.from(code.binaryData));
}

/** Decodes a PNG screenshot, as Playwright takes them. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return decodeQrImage(new Uint8ClampedArray(image.data), image.width, image.height);
}

/**
 * Draws an encoder's module matrix (1 = dark) as a black-on-white RGBA image with a 4-module quiet zone,
 * `pixelsPerModule` pixels a module, for decoding without a browser.
 */
export function rasterizeQrModules(
  modules: { size: number; data: ArrayLike<number> },
  pixelsPerModule = 4,
): { rgba: Uint8ClampedArray; width: number; height: number } {
  const side = (modules.size + 8) * pixelsPerModule;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / pixelsPerModule) - 4;
      const col = Math.floor(x / pixelsPerModule) - 4;
      const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
      if (inside && modules.data[row * modules.size + col])
        rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { rgba, width: side, height: side };
}

/**
 * Reads back the dark modules of a code drawn as one SVG path of `M x y h w v1 h-w z` runs over a
 * `side`-module view box with a 4-module quiet zone, for decoding what a component drew.
 */
export function modulesFromRunsPath(path: string, side: number): { size: number; data: Uint8Array } {
  const size = side - 8;
  const data = new Uint8Array(size * size);
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const start = (Number(y) - 4) * size + Number(x) - 4;
    data.fill(1, start, start + Number(width));
  }
  return { size, data };
}
