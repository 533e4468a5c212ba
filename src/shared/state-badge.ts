import type { OverallStatus } from './app-state';

/*
 * The one place the artwork of each overall state is decided: the tray icons (drawn into PNGs by
 * scripts/draw-icons.mjs, which imports this file directly, so it imports nothing but types) and the web
 * tab's favicon draw the same badge. Every state has its own silhouette and glyph as well as its own colour,
 * so the state reads without colour (colour-blind owners, macOS template images that keep only the alpha).
 *
 * All geometry is drawn on a 16-unit grid; strokes of 2 units stay whole pixels at 16 and 32 px.
 * ImageMagick's built-in SVG renderer ignores transforms and fills arcs, so curves and rotations are
 * computed here and drawn as polylines.
 */

type Point = readonly [x: number, y: number];
type Silhouette = 'circle' | 'triangle' | 'octagon' | 'roundedSquare';
type Glyph = 'check' | 'exclamation' | 'cross' | 'brokenLink' | 'pause';

export interface StateBadge {
  silhouette: Silhouette;
  glyph: Glyph;
  fill: string;
  outline: string;
  /** The glyph's colour on the fill. */
  ink: string;
}

export const STATE_BADGES: Record<OverallStatus, StateBadge> = {
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

function octagonPoints(): string {
  return Array.from({ length: 8 }, (_, index) => {
    const angle = Math.PI / 8 + (index * Math.PI) / 4;
    return `${(8 + 7.4 * Math.cos(angle)).toFixed(2)},${(8 + 7.4 * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

const SILHOUETTES: Record<Silhouette, (attrs: string) => string> = {
  circle: (attrs) => `<circle cx="8" cy="8" r="7.1" ${attrs}/>`,
  triangle: (attrs) => `<path d="M8 1 L15.2 15 L0.8 15 Z" stroke-linejoin="round" ${attrs}/>`,
  octagon: (attrs) => `<polygon points="${octagonPoints()}" stroke-linejoin="round" ${attrs}/>`,
  roundedSquare: (attrs) => `<rect x="1" y="1" width="14" height="14" rx="3.2" ${attrs}/>`,
};

const stroke = (color: string, width: number) =>
  `fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"`;

const polyline = (points: readonly Point[], color: string, width: number) =>
  `<polyline points="${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')}" ${stroke(color, width)}/>`;

function arc(cx: number, cy: number, radius: number, fromDegrees: number, toDegrees: number): Point[] {
  const steps = 12;
  return Array.from({ length: steps + 1 }, (_, index) => {
    const angle = ((fromDegrees + ((toDegrees - fromDegrees) * index) / steps) * Math.PI) / 180;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as const;
  });
}

function rotate(points: readonly Point[], degrees: number): Point[] {
  const angle = (degrees * Math.PI) / 180;
  return points.map(([x, y]) => [
    8 + (x - 8) * Math.cos(angle) - (y - 8) * Math.sin(angle),
    8 + (x - 8) * Math.sin(angle) + (y - 8) * Math.cos(angle),
  ]);
}

const GLYPHS: Record<Glyph, (color: string) => string> = {
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
    const left: Point[] = [[6.2, 8 - radius], ...arc(4.6, 8, radius, -90, -270), [6.2, 8 + radius]];
    const right: Point[] = [[9.8, 8 - radius], ...arc(11.4, 8, radius, -90, 90), [9.8, 8 + radius]];
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

/** The state's silhouette alone, with the given SVG attributes (fill, stroke). */
export function badgeSilhouette(state: OverallStatus, attrs: string): string {
  return SILHOUETTES[STATE_BADGES[state].silhouette](attrs);
}

/** The state's glyph alone, drawn in one colour. */
export function badgeGlyph(state: OverallStatus, color: string): string {
  return GLYPHS[STATE_BADGES[state].glyph](color);
}

/** A whole SVG document of the given pixel size around a body drawn on the 16-unit grid. */
export function badgeDocument(pixels: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="0 0 16 16">${body}</svg>\n`;
}

/** The coloured badge: filled silhouette with its outline, the glyph in its ink. */
export function colourBadgeSvg(state: OverallStatus, pixels: number): string {
  const badge = STATE_BADGES[state];
  return badgeDocument(
    pixels,
    badgeSilhouette(state, `fill="${badge.fill}" stroke="${badge.outline}" stroke-width="1.2"`) +
      badgeGlyph(state, badge.ink),
  );
}
