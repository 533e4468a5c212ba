import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values.join(' ')] as const),
  );

describe('CONTENT_SECURITY_POLICY', () => {
  it("is the renderer page's own policy plus frame-ancestors, so header and meta tag never disagree", () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get('frame-ancestors')).toBe("'none'");
    header.delete('frame-ancestors');
    expect(header).toEqual(directives(meta ?? ''));
  });

  it('allows nothing remote and no inline or evaluated script', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get('default-src')).toBe("'self'");
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
