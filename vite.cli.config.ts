import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    rollupOptions: {
      input: { index: resolve('src/cli/index.ts') },
      external: (id) => nodeBuiltins.includes(id) || /^(systeminformation|zod|electron-log)(\/|$)/.test(id),
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
});
