import { afterAll, beforeAll } from 'vitest';

/** Pins the process time zone for the tests of one file, for code that reads local time; restores it after. */
export function pinTimeZone(zone: string): void {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    // Assigning undefined would store the string "undefined", which is not the zone we found.
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
}
