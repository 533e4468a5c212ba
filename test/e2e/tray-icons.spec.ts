import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { OVERALL_STATUSES } from '../../src/shared/app-state';
import type { TrayPlatform } from '../../src/main/icons';
import { TRAY_ICONS, trayIconVariant } from '../../src/main/icons';

const TRAY_DIR = join(import.meta.dirname, '..', '..', 'assets', 'tray');
const PLATFORMS: TrayPlatform[] = ['win32', 'linux', 'darwin'];
const LIGHT = '#f3f3f3';
const DARK = '#202124';

const dataUrl = (file: string) =>
  `data:image/png;base64,${readFileSync(join(TRAY_DIR, file)).toString('base64')}`;

interface Cell {
  file: string;
  pixels: number;
  template: boolean;
}

function cellsFor(status: (typeof OVERALL_STATUSES)[number]): Cell[] {
  const seen = new Set<string>();
  const cells: Cell[] = [];
  for (const platform of PLATFORMS) {
    const variant = trayIconVariant(status, platform);
    for (const { file } of variant.representations) {
      if (seen.has(file)) continue;
      seen.add(file);
      cells.push({ file, pixels: Number(/-(\d+)\.png$/.exec(file)?.[1]), template: variant.template });
    }
  }
  return cells.sort((a, b) => Number(a.template) - Number(b.template) || a.pixels - b.pixels);
}

function image(cell: Cell, scale = 1, onDark = false): string {
  // A macOS menu bar draws a template image black on light and white on dark; invert() shows the dark case.
  const style = [
    `width:${cell.pixels * scale}px`,
    `height:${cell.pixels * scale}px`,
    'image-rendering:pixelated',
    cell.template && onDark ? 'filter:invert(1)' : '',
  ].join(';');
  return `<img data-file="${cell.file}" data-pixels="${cell.pixels}" src="${dataUrl(cell.file)}" style="${style}">`;
}

function page(): string {
  const rows = OVERALL_STATUSES.map((status) => {
    const cells = cellsFor(status);
    const strip = (onDark: boolean) =>
      `<td style="background:${onDark ? DARK : LIGHT}">${cells.map((cell) => image(cell, 1, onDark)).join('')}</td>`;
    const magnified = (onDark: boolean) =>
      `<td style="background:${onDark ? DARK : LIGHT}">${cells
        .filter((cell) => cell.pixels === 16)
        .map((cell) => image(cell, 4, onDark))
        .join('')}</td>`;
    return `<tr><th>${status}<br><small>${TRAY_ICONS[status].looks}</small></th>${strip(false)}${strip(true)}${magnified(false)}${magnified(true)}</tr>`;
  }).join('');
  return `<!doctype html><html><head><style>
    body { margin: 8px; font: 12px sans-serif; background: #fff; }
    td, th { padding: 6px 10px; text-align: left; }
    img { margin-right: 8px; vertical-align: middle; }
  </style></head><body><table>
    <tr><th></th><th>actual size, light</th><th>actual size, dark</th><th>16 px ×4, light</th><th>16 px ×4, dark</th></tr>
    ${rows}
  </table></body></html>`;
}

test.use({ viewport: { width: 1100, height: 560 }, deviceScaleFactor: 1 });

test('every tray state has an icon at every size that reads on light and dark panels', async ({
  page: tab,
}) => {
  await tab.setContent(page());
  await tab.waitForFunction('[...document.images].every((img) => img.complete)');

  const sizes = await tab.$$eval('img', (images) =>
    images.map((img) => ({
      file: img.dataset.file,
      expected: Number(img.dataset.pixels),
      width: img.naturalWidth,
      height: img.naturalHeight,
    })),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) {
    expect(size, size.file).toMatchObject({ width: size.expected, height: size.expected });
  }

  await tab.screenshot({ path: 'test-results/tray-icons.png', fullPage: true });
});

// Decoding happens in the page (the spec has no PNG decoder of its own); the analysis runs here.
const DECODER = `window.decodePng = async (src) => {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(img, 0, 0);
  return [...context.getImageData(0, 0, canvas.width, canvas.height).data];
};`;

type Rgba = number[];

const alphaOf = (rgba: Rgba) => rgba.filter((_, index) => index % 4 === 3);

/** Luminance over a white panel: what a colour-blind eye, or a greyscale screenshot, still sees. */
function greyOf(rgba: Rgba): number[] {
  const values: number[] = [];
  for (let index = 0; index < rgba.length; index += 4) {
    const [r, g, b, a] = rgba.slice(index, index + 4) as [number, number, number, number];
    values.push(((0.2126 * r + 0.7152 * g + 0.0722 * b) * a) / 255 + (255 - a));
  }
  return values;
}

/** Transparent pixels that a flood fill from the border cannot reach: the glyph punched out of the shape. */
function enclosedHoles(alpha: number[]): number {
  const side = Math.sqrt(alpha.length);
  const reached = new Set<number>();
  const queue: number[] = [];
  alpha.forEach((value, index) => {
    const x = index % side;
    const y = Math.floor(index / side);
    if ((x === 0 || y === 0 || x === side - 1 || y === side - 1) && value < 128) queue.push(index);
  });
  while (queue.length > 0) {
    const index = queue.pop()!;
    if (reached.has(index) || alpha[index]! >= 128) continue;
    reached.add(index);
    const x = index % side;
    if (x > 0) queue.push(index - 1);
    if (x < side - 1) queue.push(index + 1);
    if (index >= side) queue.push(index - side);
    if (index < alpha.length - side) queue.push(index + side);
  }
  return alpha.filter((value, index) => value < 128 && !reached.has(index)).length;
}

const differingPixels = (a: number[], b: number[], threshold: number) =>
  a.filter((value, index) => Math.abs(value - b[index]!) > threshold).length;

test('each state has its own shape, not only its own colour', async ({ page: tab }) => {
  await tab.setContent('<!doctype html><title>decoder</title>');
  await tab.addScriptTag({ content: DECODER });
  const decode = (file: string) =>
    tab.evaluate(
      (src) => (globalThis as unknown as { decodePng(src: string): Promise<Rgba> }).decodePng(src),
      dataUrl(file),
    );
  const templates: Rgba[] = [];
  const colours: Rgba[] = [];
  for (const status of OVERALL_STATUSES) {
    templates.push(await decode(trayIconVariant(status, 'darwin').representations[0]!.file));
    colours.push(await decode(trayIconVariant(status, 'win32').representations[0]!.file));
  }

  for (const [index, rgba] of templates.entries()) {
    const status = OVERALL_STATUSES[index];
    const colouredPixels = rgba.filter(
      (value, at) => at % 4 !== 3 && value !== 0 && rgba[at - (at % 4) + 3]! > 0,
    );
    expect(colouredPixels, `${status}: a template image is black plus alpha only`).toEqual([]);
    const alpha = alphaOf(rgba);
    const coverage = alpha.filter((value) => value > 128).length / alpha.length;
    expect(coverage, `${status}: the shape fills enough of the tray slot`).toBeGreaterThan(0.25);
    expect(enclosedHoles(alpha), `${status}: a glyph is punched out of the shape`).toBeGreaterThanOrEqual(6);
  }

  for (let a = 0; a < OVERALL_STATUSES.length; a++) {
    for (let b = a + 1; b < OVERALL_STATUSES.length; b++) {
      const pair = `${OVERALL_STATUSES[a]}/${OVERALL_STATUSES[b]}`;
      // At 16 px a glyph stroke covers 20–40 pixels; a dozen differing pixels is a visibly different shape.
      const shape = differingPixels(alphaOf(templates[a]!), alphaOf(templates[b]!), 128);
      expect(shape, `${pair}: template shapes differ`).toBeGreaterThanOrEqual(12);
      const grey = differingPixels(greyOf(colours[a]!), greyOf(colours[b]!), 96);
      expect(grey, `${pair}: colour icons differ in greyscale`).toBeGreaterThanOrEqual(12);
    }
  }
});
