import { describe, expect, it } from 'vitest';
import { historyPoints } from '../../test-support/history-samples';
import {
  PLOT_HEIGHT,
  PLOT_WIDTH,
  bucketState,
  failureMarks,
  linePath,
  responseFigures,
  responseScale,
  slowValue,
  typicalValue,
} from './chart-geometry';

const END = Date.UTC(2026, 11, 6, 12);

describe('chart geometry', () => {
  it('rounds the ceiling up to a readable value above the slowest answer and spaces gridlines under it', () => {
    const points = historyPoints('24h', END, (index) => ({
      responseMs: 100 + index,
      p95Ms: index === 10 ? 870 : 300,
    }));
    const scale = responseScale(points, [typicalValue, slowValue]);
    expect(scale.ceilingMs).toBe(1000);
    expect(scale.ticks.map((tick) => tick.value)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(scale.ticks.at(-1)?.fraction).toBe(1);
    expect(scale.y(0)).toBe(PLOT_HEIGHT);
    expect(scale.y(1000)).toBe(0);
    expect(scale.x(0)).toBe(0);
    expect(scale.x(points.length - 1)).toBe(PLOT_WIDTH);
  });

  it('breaks the line where nothing answered instead of drawing through the gap', () => {
    const points = historyPoints('24h', END, (index) =>
      index >= 40 && index < 50 ? { responseMs: null } : {},
    );
    const path = linePath(points, typicalValue, responseScale(points, [typicalValue]));
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('draws a lone answer between two gaps as a dash, since a one-point line shows nothing', () => {
    const points = historyPoints('30d', END, (index) => ({ responseMs: index === 7 ? 250 : null }));
    const scale = responseScale(points, [typicalValue]);
    const path = linePath(points, typicalValue, scale);
    const halfStep = (scale.x(1) - scale.x(0)) / 2;
    expect(path).toContain(`M${scale.x(7) - halfStep},${scale.y(250)}H${scale.x(7) + halfStep}`);
  });

  it('draws nothing and no gridlines when no check answered', () => {
    const points = historyPoints('7d', END, () => ({ responseMs: null, p95Ms: null, up: 0, total: 0 }));
    const scale = responseScale(points, [typicalValue, slowValue]);
    expect(scale.ceilingMs).toBe(0);
    expect(scale.ticks).toEqual([]);
    expect(linePath(points, typicalValue, scale)).toBe('');
    expect(responseFigures(points)).toBeNull();
  });

  it('marks the buckets where a check failed and names each bucket by what its checks saw', () => {
    const points = historyPoints('24h', END, (index) =>
      index === 3
        ? { up: 0, total: 2 }
        : index === 5
          ? { up: 1, total: 2 }
          : index === 8
            ? { up: 0, total: 0 }
            : {},
    );
    const scale = responseScale(points, [typicalValue]);
    expect(failureMarks(points, scale)).toEqual([scale.x(3), scale.x(5)]);
    expect([3, 5, 8, 9].map((index) => bucketState(points[index]!))).toEqual([
      'down',
      'partial',
      'unchecked',
      'up',
    ]);
  });

  it('sums a period up as the median of the usual times and the slowest slow moment', () => {
    const points = historyPoints('24h', END, (index) => ({
      responseMs: index < 3 ? [100, 300, 200][index] : null,
      p95Ms: index === 1 ? 1200 : null,
    }));
    expect(responseFigures(points)).toEqual({ typical: 200, slowest: 1200 });
  });
});
