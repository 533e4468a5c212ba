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
