import { X509Certificate } from 'node:crypto';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** True when the text holds at least one certificate block and every block is a real certificate. */
export function holdsPemCertificates(text: string): boolean {
  const blocks = text.match(CERTIFICATE_BLOCK) ?? [];
  return (
    blocks.length > 0 &&
    blocks.every((block) => {
      try {
        new X509Certificate(block);
        return true;
      } catch {
        return false;
      }
    })
  );
}

/** Reads the `--ca` files for `extraCaPem`; a file that cannot be read or holds no certificate is a usage error. */
export async function readCaFiles(files: string[], io: CliIo): Promise<string[] | undefined> {
  if (files.length === 0) return undefined;
  return Promise.all(
    files.map(async (file) => {
      let text: string;
      try {
        text = await io.readTextFile(file);
      } catch {
        throw new UsageError('ca_unreadable', { file });
      }
      if (!holdsPemCertificates(text)) throw new UsageError('ca_not_pem', { file });
      return text;
    }),
  );
}
