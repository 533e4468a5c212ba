import { describe, expect, it } from 'vitest';
import { durationInWords } from './duration-words';

describe('durationInWords', () => {
  it('says a span as people say it, in the largest unit that fits', () => {
    expect(durationInWords(8_009, 'en')).toBe('8 seconds');
    expect(durationInWords(1_000, 'en')).toBe('1 second');
    expect(durationInWords(400, 'en')).toBe('0.4 seconds');
    expect(durationInWords(90_000, 'en')).toBe('1.5 minutes');
    expect(durationInWords(120_000, 'en')).toBe('2 minutes');
    expect(durationInWords(3_600_000, 'en')).toBe('1 hour');
  });

  it('speaks Dutch with a decimal comma', () => {
    expect(durationInWords(8_009, 'nl')).toBe('8 seconden');
    expect(durationInWords(90_000, 'nl')).toBe('1,5 minuten');
    expect(durationInWords(5_400_000, 'nl')).toBe('1,5 uur');
  });

  it('drops decimals once a number has two digits', () => {
    expect(durationInWords(45_400, 'en')).toBe('45 seconds');
  });
});
