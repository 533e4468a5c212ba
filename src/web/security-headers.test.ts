import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRendererCsp, RendererMissingError } from './security-headers';

describe('readRendererCsp', () => {
  it("reads the Electron window's own CSP from the renderer's index.html", async () => {
    const csp = await readRendererCsp(resolve(import.meta.dirname, '../renderer'));
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    // The same policy the Electron window sends as a header (src/main/content-security-policy.ts).
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('adds frame-ancestors when the page lacks it, and refuses a page without a CSP', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'back-online-csp-'));
    try {
      await writeFile(
        join(dir, 'index.html'),
        `<meta name="viewport" content="x"><meta content="default-src  'self'" http-equiv='content-security-policy'>`,
      );
      expect(await readRendererCsp(dir)).toBe("default-src 'self'; frame-ancestors 'none'");
      await writeFile(join(dir, 'index.html'), '<meta name="viewport" content="x">');
      await expect(readRendererCsp(dir)).rejects.toBeInstanceOf(RendererMissingError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
