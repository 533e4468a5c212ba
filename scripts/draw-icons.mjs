#!/usr/bin/env node
// Draws the tray icons and the app icon as SVG and rasterises them with ImageMagick's `convert`.
// The PNGs are committed, so only someone changing the artwork needs ImageMagick: `node scripts/draw-icons.mjs`.
//
// Each tray state's artwork (silhouette, glyph, colours) is decided in src/shared/state-badge.ts, which this
// script imports as TypeScript (Node 24 strips the types), so the web tab's favicon draws the same badges.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  STATE_BADGES,
  badgeDocument,
  badgeGlyph,
  badgeSilhouette,
  colourBadgeSvg,
} from '../src/shared/state-badge.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TRAY_DIR = join(ROOT, 'assets', 'tray');
// Pixel sizes: 16/24/32 for 1x, 1.5x and 2x of a 16 px Windows tray, 24/48 for Linux, 64 for 4x; the
// macOS template at 16 pt is 16 and 32 px. src/main/icons.ts says which platform uses which.
const COLOUR_PIXELS = [16, 24, 32, 48, 64];
const TEMPLATE_PIXELS = [16, 32];

const svg = (pixels, viewBox, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="${viewBox}">${body}</svg>\n`;

// -strip and no date chunks keep the output byte-for-byte reproducible.
const pngOutput = (pngPath) => [
  '-strip',
  '-define',
  'png:exclude-chunks=date,time',
  '-depth',
  '8',
  `PNG32:${pngPath}`,
];

function rasterise(svgPath, pngPath) {
  execFileSync('convert', ['-background', 'none', svgPath, ...pngOutput(pngPath)]);
}

function cutOut(basePng, holePng, outPng) {
  execFileSync('convert', [basePng, holePng, '-compose', 'DstOut', '-composite', ...pngOutput(outPng)]);
}

// The artwork of each state comes from src/shared/state-badge.ts, which the web tab's favicon draws too.
function drawTrayIcons(work) {
  mkdirSync(TRAY_DIR, { recursive: true });
  for (const state of Object.keys(STATE_BADGES)) {
    for (const pixels of COLOUR_PIXELS) {
      const name = `${state}-${pixels}`;
      const svgPath = join(work, `${name}.svg`);
      writeFileSync(svgPath, colourBadgeSvg(state, pixels));
      rasterise(svgPath, join(TRAY_DIR, `${name}.png`));
    }
    // macOS template images: black with alpha only; the glyph is punched out of the silhouette.
    for (const pixels of TEMPLATE_PIXELS) {
      const name = `${state}-template-${pixels}`;
      const basePath = join(work, `${name}-base`);
      const holePath = join(work, `${name}-hole`);
      writeFileSync(`${basePath}.svg`, badgeDocument(pixels, badgeSilhouette(state, 'fill="#000000"')));
      writeFileSync(`${holePath}.svg`, badgeDocument(pixels, badgeGlyph(state, '#000000')));
      rasterise(`${basePath}.svg`, `${basePath}.png`);
      rasterise(`${holePath}.svg`, `${holePath}.png`);
      cutOut(`${basePath}.png`, `${holePath}.png`, join(TRAY_DIR, `${name}.png`));
    }
  }
}

// The app icon: a window-like rounded square with a pulse line that ends in a check — "back online".
const APP_ICON_SVG = svg(
  512,
  '0 0 512 512',
  `<rect x="32" y="32" width="448" height="448" rx="96" fill="#12326b"/>` +
    `<rect x="32" y="32" width="448" height="448" rx="96" fill="none" stroke="#0a1d40" stroke-width="8"/>` +
    `<polyline points="88,280 168,280 204,196 252,352 292,248 320,280 344,280" fill="none" stroke="#8fb4ff" stroke-width="28" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<circle cx="384" cy="216" r="76" fill="#1a7f37" stroke="#ffffff" stroke-width="14"/>` +
    `<polyline points="348,218 374,244 420,192" fill="none" stroke="#ffffff" stroke-width="24" stroke-linecap="round" stroke-linejoin="round"/>`,
);

function drawAppIcon() {
  const svgPath = join(ROOT, 'assets', 'icon.svg');
  writeFileSync(svgPath, APP_ICON_SVG);
  rasterise(svgPath, join(ROOT, 'assets', 'icon.png'));
}

const work = mkdtempSync(join(tmpdir(), 'back-online-icons-'));
try {
  drawTrayIcons(work);
  drawAppIcon();
} finally {
  rmSync(work, { recursive: true, force: true });
}
