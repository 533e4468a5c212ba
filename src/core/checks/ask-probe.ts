/**
 * Asks the system probe with a deadline. A probe that throws or does not answer in time cannot tell,
 * which the check reports as "unknown", never as "down".
 */
export async function askProbe<T>(question: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([question(), deadline]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
