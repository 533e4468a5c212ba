import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'back-online';

/**
 * The folder of Back Online's package.json, found by walking up from this module: that is src/cli/commands
 * when run from the sources with tsx, and out/cli when run from the build, so a fixed relative path would
 * be right in only one of them.
 */
export function findPackageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let folder = from;
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME)
          return folder;
      } catch {
        // An unreadable package.json on the way up is not ours; keep looking.
      }
    }
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** The built renderer that web mode serves: out/renderer in the package. */
export function builtRendererDir(packageRoot: string | null = findPackageRoot()): string | null {
  if (packageRoot === null) return null;
  const dir = join(packageRoot, 'out', 'renderer');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}
