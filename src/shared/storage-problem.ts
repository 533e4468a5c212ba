/**
 * Why Back Online could not read or write its data folder, in terms the owner can act on. The path and
 * the problem travel with `storage_failed`, so every screen can say where and what to do.
 */
export const STORAGE_PROBLEMS = [
  'read_only',
  'no_permission',
  'disk_full',
  'is_folder',
  'unavailable',
] as const;
export type StorageProblem = (typeof STORAGE_PROBLEMS)[number];

export interface StorageFailure {
  problem: StorageProblem;
  /** The file or folder that could not be used. */
  path: string;
}
