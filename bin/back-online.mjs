#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * V8's young generation grows to 32 MiB per semi-space on Node 24 and keeps that memory after the
 * garbage is gone; `watch` and `web` run all day, and a small one holds ~60 MiB less. The flag only
 * counts at start-up, so the process replaces itself once with it: execve keeps the process id, so a
 * service manager's (or a test's) signal still reaches the process that works. Where there is no execve
 * (Windows, Node before 22.15) it runs on without the flag.
 */
const YOUNG_GENERATION_FLAG = '--max-semi-space-size=2';
const flagGiven = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) =>
  arg.includes('--max-semi-space-size'),
);
if (!flagGiven && typeof process.execve === 'function' && process.platform !== 'win32') {
  process.execve(process.execPath, [
    process.execPath,
    ...process.execArgv,
    YOUNG_GENERATION_FLAG,
    ...process.argv.slice(1),
  ]);
}

const entry = fileURLToPath(new URL('../out/cli/index.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('Back Online is not built yet. Run "npm run build" first, then try again.');
  process.exit(2);
}
await import(entry);
