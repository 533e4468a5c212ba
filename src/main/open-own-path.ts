import { shell } from 'electron';
import type { ApiResult } from '../shared/api-contract';

/**
 * "Open the log" and "Open the data folder" in Settings: a file or folder of the app's own in the
 * desktop's viewer, never a path the window chose.
 */
export async function openOwnPath(path: string | null): Promise<ApiResult<null>> {
  if (path === null) return { ok: false, error: { code: 'unavailable' } };
  const problem = await shell.openPath(path);
  return problem === '' ? { ok: true, value: null } : { ok: false, error: { code: 'unavailable' } };
}
