import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { HistoryPoint } from '../../../shared/api-contract';

/**
 * Charts draw in a fixed coordinate box and let the SVG stretch to its container
 * (`preserveAspectRatio="none"` with non-scaling strokes), so they follow the window's width and zoom
 * without measuring the DOM; texts sit in HTML beside the drawing and never stretch.
 */
export const PLOT_WIDTH = 1000;
export const PLOT_HEIGHT = 100;

type Value = (point: HistoryPoint) => number | null;

export const typicalValue: Value = (point) => point.responseMs;
export const slowValue: Value = (point) => point.p95Ms ?? point.responseMs;

export interface ResponseScale {
  /** The response time at the top of the drawing; 0 when nothing answered. */
  ceilingMs: number;
  /** Gridline values with their height, 0 (bottom) … 1 (top). */
  ticks: { value: number; fraction: number }[];
  x(index: number): number;
  y(ms: number): number;
}

export function responseScale(points: readonly HistoryPoint[], values: readonly Value[]): ResponseScale {
  let highest = 0;
  for (const point of points) {
    for (const value of values) highest = Math.max(highest, value(point) ?? 0);
  }
  const y = scaleLinear().domain([0, highest]).range([PLOT_HEIGHT, 0]);
  if (highest > 0) y.nice(4);
  const ceilingMs = highest > 0 ? (y.domain()[1] ?? highest) : 0;
  const x = scaleLinear()
    .domain([0, Math.max(1, points.length - 1)])
    .range([0, PLOT_WIDTH]);
  return {
    ceilingMs,
    ticks: highest > 0 ? y.ticks(4).map((value) => ({ value, fraction: value / ceilingMs })) : [],
    x: (index) => x(index),
    y: (ms) => y(ms),
  };
}

/**
 * A line through the buckets that have a value, broken where a bucket has none (nothing answered:
 * drawing through it would invent response times). A value with no neighbour on either side becomes
 * a short dash one bucket wide, because a one-point line draws nothing.
 */
export function linePath(points: readonly HistoryPoint[], value: Value, scale: ResponseScale): string {
  const defined = (index: number) => {
    const point = points[index];
    return point !== undefined && value(point) !== null;
  };
  const generator = line<HistoryPoint>()
    .defined((point) => value(point) !== null)
    .x((_, index) => scale.x(index))
    .y((point) => scale.y(value(point) ?? 0));
  const halfStep = (scale.x(1) - scale.x(0)) / 2;
  const dashes = points.flatMap((point, index) => {
    if (!defined(index) || defined(index - 1) || defined(index + 1)) return [];
    const x = scale.x(index);
    const y = scale.y(value(point) ?? 0);
    return [`M${Math.max(0, x - halfStep)},${y}H${Math.min(PLOT_WIDTH, x + halfStep)}`];
  });
  return [generator(points) ?? '', ...dashes].join('');
}

/** Where a bucket saw at least one failed check, as x positions in the plot box. */
export function failureMarks(points: readonly HistoryPoint[], scale: ResponseScale): number[] {
  return points.flatMap((point, index) => (point.up < point.total ? [scale.x(index)] : []));
}

export type BucketState = 'up' | 'partial' | 'down' | 'unchecked';

export function bucketState(point: HistoryPoint): BucketState {
  if (point.total === 0) return 'unchecked';
  if (point.up === point.total) return 'up';
  return point.up === 0 ? 'down' : 'partial';
}

/** The median of the buckets' medians and the highest p95: the two figures a summary sentence needs. */
export function responseFigures(
  points: readonly HistoryPoint[],
): { typical: number; slowest: number } | null {
  const typical = points.flatMap((point) => (point.responseMs === null ? [] : [point.responseMs]));
  if (typical.length === 0) return null;
  typical.sort((a, b) => a - b);
  const slowest = Math.max(...points.map((point) => slowValue(point) ?? 0));
  return { typical: typical[Math.floor((typical.length - 1) / 2)] ?? 0, slowest };
}
