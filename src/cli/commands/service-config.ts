import { stat } from 'node:fs/promises';
import type { ConfigFile } from '../../shared/settings';
import { configFileSchema } from '../../shared/settings';
import type { CliIo } from '../cli-io';
import { ServiceCommandProblem } from './service-problem';
import type { ServiceProblem } from './service-texts';

/** 5,000 monitors at their longest fit well within this; anything bigger is a wrong file, not a config. */
export const MAX_CONFIG_FILE_BYTES = 5 * 1024 * 1024;

/** Reads and validates a `--config` file; every way it can be wrong is a ServiceCommandProblem with words. */
export async function readConfigFile(path: string, io: Pick<CliIo, 'readTextFile'>): Promise<ConfigFile> {
  let text: string;
  try {
    // Looked at before reading, so a log file or a disk image given by mistake is never loaded whole.
    if ((await stat(path)).size > MAX_CONFIG_FILE_BYTES)
      throw new ServiceCommandProblem<ServiceProblem>('config_too_large', { file: path, limit: '5 MB' });
    text = await io.readTextFile(path);
  } catch (error) {
    if (error instanceof ServiceCommandProblem) throw error;
    throw new ServiceCommandProblem<ServiceProblem>('config_unreadable', { file: path });
  }
  let data: unknown;
  try {
    // Windows Notepad starts a UTF-8 file with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ServiceCommandProblem<ServiceProblem>('config_not_json', { file: path });
  }
  const parsed = configFileSchema.safeParse(data);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || '/';
    throw new ServiceCommandProblem<ServiceProblem>('config_invalid', { file: path, field });
  }
  return parsed.data;
}
