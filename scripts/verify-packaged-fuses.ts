// The last step of `npm run dist`: reads the fuse wire back from every app electron-builder packaged and
// fails when a fuse electron-builder.yml sets is not in the state it asked for. electron-builder flips the
// fuses after its afterPack hook, so this runs once the build is done, on what would be shipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import {
  builderConfigSchema,
  describeFuseCheck,
  fuseMismatches,
  packagedBinaries,
} from './packaging/packaged-fuses';

const root = join(import.meta.dirname, '..');
const config = builderConfigSchema.parse(load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')));
const packageName = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name;
const outputDir = join(root, 'dist');
const binaries = packagedBinaries(readdirSync(outputDir), config, packageName);

if (binaries.length === 0) {
  console.error(`No packaged app found in ${outputDir}: nothing to check the fuses of.`);
  process.exit(1);
}
let failed = false;
for (const binary of binaries) {
  const mismatches = fuseMismatches(config.electronFuses, await getCurrentFuseWire(join(outputDir, binary)));
  console.log(describeFuseCheck(binary, mismatches));
  failed ||= mismatches.length > 0;
}
process.exit(failed ? 1 : 0);
