import { randomInt } from 'node:crypto';

/**
 * The seed of a randomised test: taken from `variable` to replay a run, else fresh. Printed before the
 * test starts, so a failure that needs this very sequence can be repeated.
 */
export function testSeed(name: string, variable: string): number {
  const given = process.env[variable];
  const seed = given === undefined ? randomInt(1_000_000) : Number(given);
  console.info(`${name}: seed ${seed} (repeat with ${variable}=${seed})`);
  return seed;
}
