#!/usr/bin/env node
// Draws the tray icons and the app icon as SVG and rasterises them with ImageMagick's `convert`.
// The PNGs are committed, so only someone changing the artwork needs ImageMagick: `node scripts/draw-icons.mjs`.
//
// Every tray state has its own silhouette and glyph as well as its own colour, so the state reads without
// colour (colour-blind owners, macOS template images that keep only the alpha channel).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TRAY_DIR = join(ROOT, 'assets', 'tray');
// Pixel sizes: 16/24/32 for 1x, 1.5x and 2x of a 16 px Windows tray, 24/48 for Linux, 64 for 4x; the
// macOS template at 16 pt is 16 and 32 px. src/main/icons.ts says which platform uses which.
const COLOUR_PIXELS = [16, 24, 32, 48, 64];
const TEMPLATE_PIXELS = [16, 32];

// All tray geometry is drawn on a 16-unit grid and scaled; strokes of 2 units stay whole pixels at 16 and 32.
const SILHOUETTES = {
  circle: (attrs) => `<circle cx="8" cy="8" r="7.1" ${attrs}/>`,
  triangle: (attrs) => `<path d="M8 1 L15.2 15 L0.8 15 Z" stroke-linejoin="round" ${attrs}/>`,
  octagon: (attrs) => {
    const points = Array.from({ length: 8 }, (_, index) => {
      const angle = Math.PI / 8 + (index * Math.PI) / 4;
      return `${(8 + 7.4 * Math.cos(angle)).toFixed(2)},${(8 + 7.4 * Math.sin(angle)).toFixed(2)}`;
    });
    return `<polygon points="${points.join(' ')}" stroke-linejoin="round" ${attrs}/>`;
  },
  roundedSquare: (attrs) => `<rect x="1" y="1" width="14" height="14" rx="3.2" ${attrs}/>`,
};

const stroke = (color, width = 2) =>
  `fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"`;

// ImageMagick's built-in SVG renderer ignores transforms and fills arcs, so curves and rotations are
// computed here and drawn as polylines.
const polyline = (points, color, width) =>
  `<polyline points="${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')}" ${stroke(color, width)}/>`;

function arc(cx, cy, radius, fromDegrees, toDegrees, steps = 12) {
  return Array.from({ length: steps + 1 }, (_, index) => {
    const angle = ((fromDegrees + ((toDegrees - fromDegrees) * index) / steps) * Math.PI) / 180;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

function rotate(points, degrees, cx = 8, cy = 8) {
  const angle = (degrees * Math.PI) / 180;
  return points.map(([x, y]) => [
    cx + (x - cx) * Math.cos(angle) - (y - cy) * Math.sin(angle),
    cy + (x - cx) * Math.sin(angle) + (y - cy) * Math.cos(angle),
  ]);
}

const GLYPHS = {
  check: (color) =>
    polyline(
      [
        [4.4, 8.3],
        [6.9, 10.8],
        [11.6, 5.4],
      ],
      color,
      2.2,
    ),
  // A square-ended bar on whole pixels at 16 px, and a dot kept clear of both the bar and the triangle's base.
  exclamation: (color) =>
    `<rect x="7" y="5" width="2" height="4" fill="${color}"/>` +
    `<circle cx="8" cy="11.4" r="1.15" fill="${color}"/>`,
  cross: (color) =>
    polyline(
      [
        [5.3, 5.3],
        [10.7, 10.7],
      ],
      color,
      2.2,
    ) +
    polyline(
      [
        [10.7, 5.3],
        [5.3, 10.7],
      ],
      color,
      2.2,
    ),
  // Two halves of a chain link facing each other across a gap, tilted like the usual link symbol.
  brokenLink: (color) => {
    const radius = 1.7;
    const left = [[6.2, 8 - radius], ...arc(4.6, 8, radius, -90, -270), [6.2, 8 + radius]];
    const right = [[9.8, 8 - radius], ...arc(11.4, 8, radius, -90, 90), [9.8, 8 + radius]];
    return polyline(rotate(left, -45), color, 1.7) + polyline(rotate(right, -45), color, 1.7);
  },
  pause: (color) =>
    polyline(
      [
        [6, 5.2],
        [6, 10.8],
      ],
      color,
      2,
    ) +
    polyline(
      [
        [10, 5.2],
        [10, 10.8],
      ],
      color,
      2,
    ),
};

/** The one place the artwork of each state is decided; src/main/icons.ts maps states to these files. */
const TRAY_STATES = {
  ok: { silhouette: 'circle', glyph: 'check', fill: '#1a7f37', outline: '#0b4a1e', ink: '#ffffff' },
  degraded: {
    silhouette: 'triangle',
    glyph: 'exclamation',
    fill: '#f2b705',
    outline: '#6b4f00',
    ink: '#1f1a00',
  },
  down: { silhouette: 'octagon', glyph: 'cross', fill: '#d1242f', outline: '#6e0b11', ink: '#ffffff' },
  offline: { silhouette: 'circle', glyph: 'brokenLink', fill: '#6e7781', outline: '#2d3238', ink: '#ffffff' },
  paused: {
    silhouette: 'roundedSquare',
    glyph: 'pause',
    fill: '#3b6fd8',
    outline: '#15306b',
    ink: '#ffffff',
  },
};

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

function drawTrayIcons(work) {
  mkdirSync(TRAY_DIR, { recursive: true });
  for (const [state, art] of Object.entries(TRAY_STATES)) {
    const silhouette = SILHOUETTES[art.silhouette];
    const glyph = GLYPHS[art.glyph];
    const colourBody =
      silhouette(`fill="${art.fill}" stroke="${art.outline}" stroke-width="1.2"`) + glyph(art.ink);
    for (const pixels of COLOUR_PIXELS) {
      const name = `${state}-${pixels}`;
      const svgPath = join(work, `${name}.svg`);
      writeFileSync(svgPath, svg(pixels, '0 0 16 16', colourBody));
      rasterise(svgPath, join(TRAY_DIR, `${name}.png`));
    }
    // macOS template images: black with alpha only; the glyph is punched out of the silhouette.
    for (const pixels of TEMPLATE_PIXELS) {
      const name = `${state}-template-${pixels}`;
      const basePath = join(work, `${name}-base`);
      const holePath = join(work, `${name}-hole`);
      writeFileSync(`${basePath}.svg`, svg(pixels, '0 0 16 16', silhouette('fill="#000000"')));
      writeFileSync(`${holePath}.svg`, svg(pixels, '0 0 16 16', glyph('#000000')));
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
