import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'";

export interface TempRenderer {
  /** Holds `renderer/` plus a `secret.txt` beside it that no request may reach. */
  base: string;
  rendererDir: string;
  remove(): Promise<void>;
}

/** A small built-renderer look-alike in a temp folder: index.html with a CSP meta, a script and a style. */
export async function createTempRenderer(): Promise<TempRenderer> {
  const base = await mkdtemp(join(tmpdir(), 'back-online-web-'));
  const rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${TEST_CSP}" />` +
      `<script type="module" src="./assets/app.js"></script></head><body><div id="root"></div></body></html>`,
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0; }\n');
  await writeFile(join(base, 'secret.txt'), 'not for the browser\n');
  return { base, rendererDir, remove: () => rm(base, { recursive: true, force: true }) };
}
