/**
 * Loopback addresses of this test process's own: Linux answers on all of 127.0.0.0/8, and a block per
 * process keeps two test runs on one machine (several engineers, or CI beside them) from taking each
 * other's ports while a fixture stops listening and starts again.
 */
export function ownLoopbackHosts(count: number): `127.${number}.${number}.${number}`[] {
  const block = process.pid % 65_536;
  const prefix = `127.${block >> 8}.${block & 255}` as const;
  // .0 names the block and .1 is where the default fixtures live
  return Array.from({ length: count }, (_, index) => `${prefix}.${index + 2}` as const);
}
