import { describe, expect, it } from 'vitest';
import { monitorInputSchema } from './monitor';
import { parseTarget } from './target';
import { expandTypedTarget } from './typed-target';

describe('targets as people type them', () => {
  it('reads a bare domain or a domain with a path as a website over https', () => {
    expect(expandTypedTarget('bakkerijdezon.nl')).toBe('https://bakkerijdezon.nl');
    expect(expandTypedTarget('  www.bakkerijdezon.nl/shop ')).toBe('https://www.bakkerijdezon.nl/shop');
    expect(expandTypedTarget('bäckerei-sonne.de')).toBe('https://bäckerei-sonne.de');
    expect(expandTypedTarget('shop.example.nl:8443/bestel?x=1')).toBe(
      'https://shop.example.nl:8443/bestel?x=1',
    );
    expect(expandTypedTarget('localhost/health')).toBe('https://localhost/health');
    expect(parseTarget('www.bakkerijdezon.nl/shop')).toEqual({
      ok: true,
      target: { kind: 'http', url: 'https://www.bakkerijdezon.nl/shop', host: 'www.bakkerijdezon.nl' },
    });
  });

  it('reads host:port with nothing after it as a port to connect to', () => {
    expect(expandTypedTarget('192.168.1.20:9100')).toBe('tcp://192.168.1.20:9100');
    expect(expandTypedTarget('kassa.local:9100')).toBe('tcp://kassa.local:9100');
    expect(expandTypedTarget('[::1]:5432')).toBe('tcp://[::1]:5432');
    expect(parseTarget('192.168.1.20:9100')).toEqual({
      ok: true,
      target: { kind: 'tcp', host: '192.168.1.20', port: 9100 },
    });
    expect(parseTarget('192.168.1.20:99999')).toEqual({ ok: false, error: 'target_invalid_port' });
  });

  it('leaves a written scheme alone: http stays http, only when the owner says so', () => {
    for (const text of ['http://bakkerijdezon.nl', 'tcp://10.0.0.1:80', 'process://postgres', 'disk:///'])
      expect(expandTypedTarget(text)).toBe(text);
  });

  it('leaves what is no address as it was, so the parser can say what is wrong', () => {
    for (const text of ['postgres', 'C:\\', 'not an address.nl', '', 'shop..nl'])
      expect(parseTarget(text).ok, text).toBe(false);
    expect(parseTarget('postgres')).toEqual({ ok: false, error: 'target_unknown_scheme' });
  });

  it('stores the spelled-out target, so the config file, the window and the CLI see one thing', () => {
    expect(monitorInputSchema.parse({ name: 'Winkel', target: 'bakkerijdezon.nl' }).target).toBe(
      'https://bakkerijdezon.nl',
    );
    expect(monitorInputSchema.parse({ name: 'Pin', target: '192.168.1.20:9100' }).target).toBe(
      'tcp://192.168.1.20:9100',
    );
  });
});
