import type { ConfigFile } from '../../shared/settings';
import { configFileSchema } from '../../shared/settings';
import type { CliIo } from '../cli-io';
import { ServiceCommandProblem } from './service-problem';
import type { ServiceProblem } from './service-texts';

/** Reads and validates a `--config` file; every way it can be wrong is a ServiceCommandProblem with words. */
export async function readConfigFile(path: string, io: Pick<CliIo, 'readTextFile'>): Promise<ConfigFile> {
  let text: string;
  try {
    text = await io.readTextFile(path);
  } catch {
    throw new ServiceCommandProblem<ServiceProblem>('config_unreadable', { file: path });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
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
