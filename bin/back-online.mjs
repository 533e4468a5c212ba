#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../out/cli/index.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('Back Online is not built yet. Run "npm run build" first, then try again.');
  process.exit(2);
}
await import(entry);
