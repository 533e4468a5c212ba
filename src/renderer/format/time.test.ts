import { describe, expect, it } from 'vitest';
import { formatMilliseconds, formatMoment } from './time';

const now = new Date(2025, 2, 14, 13, 2).getTime();
const words = { yesterday: 'yesterday' };

describe('formatMoment', () => {
  it('gives a clock time today, "yesterday" and a date further back', () => {
    expect(formatMoment(new Date(2025, 2, 14, 9, 5).getTime(), now, 'en', words)).toBe('09:05');
    expect(formatMoment(new Date(2025, 2, 13, 23, 59).getTime(), now, 'en', words)).toBe('yesterday 23:59');
    expect(formatMoment(new Date(2025, 2, 13, 8, 0).getTime(), now, 'nl', { yesterday: 'gisteren' })).toBe(
      'gisteren 08:00',
    );
    expect(formatMoment(new Date(2025, 1, 3, 14, 0).getTime(), now, 'en', words)).toBe('3 Feb 14:00');
    expect(formatMoment(new Date(2025, 2, 3, 14, 0).getTime(), now, 'nl', words)).toBe('3 mrt 14:00');
  });
});

describe('formatMilliseconds', () => {
  it('groups thousands the way each language does', () => {
    expect(formatMilliseconds(1234.4, 'en')).toBe('1,234');
    expect(formatMilliseconds(1234.4, 'nl')).toBe('1.234');
  });
});
