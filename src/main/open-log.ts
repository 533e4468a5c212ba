import { shell } from 'electron';
import type { ApiResult } from '../shared/api-contract';

/** "Open the log" in Settings: the log file in the desktop's own viewer, never a path the window chose. */
export async function openLogFile(file: string | null): Promise<ApiResult<null>> {
  if (file === null) return { ok: false, error: { code: 'unavailable' } };
  const problem = await shell.openPath(file);
  return problem === '' ? { ok: true, value: null } : { ok: false, error: { code: 'unavailable' } };
}
