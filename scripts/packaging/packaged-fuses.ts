import { join } from 'node:path';
import type { FuseConfig } from '@electron/fuses';
import { FuseV1Options } from '@electron/fuses';
import { z } from 'zod';

/**
 * electron-builder.yml's `electronFuses` names, mapped to the fuse wire's positions. A name electron-builder
 * knows but this list does not fails the schema below, so a fuse added there cannot go unchecked here.
 */
export const BUILDER_FUSE_POSITIONS = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
} as const;
type BuilderFuseName = keyof typeof BUILDER_FUSE_POSITIONS;

/** The bytes @electron/fuses writes into the wire for each state (its FuseState, which it does not export). */
const WIRE_STATES: Record<number, FoundFuseState> = { 48: 'off', 49: 'on', 114: 'removed', 144: 'inherit' };

export type FoundFuseState = 'on' | 'off' | 'removed' | 'inherit' | 'missing';

/** The part of electron-builder.yml this check reads: the fuses the project sets and the names it builds. */
export const builderConfigSchema = z.looseObject({
  productName: z.string().min(1),
  executableName: z.string().min(1).optional(),
  linux: z.looseObject({ executableName: z.string().min(1).optional() }).optional(),
  electronFuses: z
    .object(
      Object.fromEntries(
        Object.keys(BUILDER_FUSE_POSITIONS).map((name) => [name, z.boolean().optional()]),
      ) as Record<BuilderFuseName, z.ZodOptional<z.ZodBoolean>>,
    )
    .extend({ resetAdHocDarwinSignature: z.boolean().optional() })
    .strict(),
});
export type BuilderConfig = z.infer<typeof builderConfigSchema>;
export type WantedFuses = BuilderConfig['electronFuses'];

export interface FuseMismatch {
  fuse: BuilderFuseName;
  wanted: 'on' | 'off';
  found: FoundFuseState;
}

/** Every fuse the project sets whose state in the packaged binary is not the one it asked for. */
export function fuseMismatches(wanted: WantedFuses, read: FuseConfig<number>): FuseMismatch[] {
  const wire = read as unknown as Record<number, number | undefined>;
  const mismatches: FuseMismatch[] = [];
  for (const [fuse, position] of Object.entries(BUILDER_FUSE_POSITIONS) as [BuilderFuseName, number][]) {
    const want = wanted[fuse];
    if (want === undefined) continue;
    const byte = wire[position];
    const found = byte === undefined ? 'missing' : (WIRE_STATES[byte] ?? 'missing');
    const wantedState = want ? 'on' : 'off';
    if (found !== wantedState) mismatches.push({ fuse, wanted: wantedState, found });
  }
  return mismatches;
}

/** What `npm run dist` prints for one binary, so the person packaging sees which fuse and what to do. */
export function describeFuseCheck(binary: string, mismatches: FuseMismatch[]): string {
  if (mismatches.length === 0) return `fuses ok: ${binary}`;
  const lines = mismatches.map(
    ({ fuse, wanted, found }) =>
      `  - ${fuse}: electron-builder.yml wants it ${wanted}, the binary has it ${found}`,
  );
  return [
    `fuses NOT as configured in ${binary}:`,
    ...lines,
    '  Do not ship this build: check electron-builder.yml electronFuses and the Electron version, then run `npm run dist` again.',
  ].join('\n');
}

/**
 * Where electron-builder leaves each packaged app in its output folder (linux-unpacked, win-arm64-unpacked,
 * mac, mac-universal, …), and the file whose fuse wire counts. A macOS app is given as its .app: the fuse
 * wire lives in its Electron Framework, which @electron/fuses finds from there.
 */
export function packagedBinaries(
  outputEntries: readonly string[],
  config: BuilderConfig,
  packageName: string,
): string[] {
  const product = config.productName;
  // electron-builder names the Linux executable after package.json's name unless told otherwise.
  const linuxExecutable = config.linux?.executableName ?? config.executableName ?? packageName.toLowerCase();
  return outputEntries.flatMap((entry) => {
    if (/^linux(-[a-z0-9]+)?-unpacked$/.test(entry)) return [join(entry, linuxExecutable)];
    if (/^win(-[a-z0-9]+)?-unpacked$/.test(entry)) return [join(entry, `${product}.exe`)];
    if (/^mac(-[a-z0-9]+)?$/.test(entry)) return [join(entry, `${product}.app`)];
    return [];
  });
}
