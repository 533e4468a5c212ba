import { describe, expect, it } from 'vitest';
import { isRemoteTarget, MAX_TARGET_LENGTH, parseTarget } from './target';

describe('parseTarget', () => {
  it('reads every target syntax', () => {
    expect(parseTarget('https://shop.example.nl/bestel')).toEqual({
      ok: true,
      target: { kind: 'http', url: 'https://shop.example.nl/bestel', host: 'shop.example.nl' },
    });
    expect(parseTarget('tcp://127.0.0.1:5432')).toEqual({
      ok: true,
      target: { kind: 'tcp', host: '127.0.0.1', port: 5432 },
    });
    expect(parseTarget('tcp://[::1]:80')).toEqual({
      ok: true,
      target: { kind: 'tcp', host: '::1', port: 80 },
    });
    expect(parseTarget('tls://shop.example.nl')).toEqual({
      ok: true,
      target: { kind: 'tls', host: 'shop.example.nl', port: 443 },
    });
    expect(parseTarget('dns://example.nl')).toEqual({
      ok: true,
      target: { kind: 'dns', name: 'example.nl' },
    });
    expect(parseTarget('process://postgres')).toEqual({
      ok: true,
      target: { kind: 'process', name: 'postgres' },
    });
    expect(parseTarget('service://cups')).toEqual({ ok: true, target: { kind: 'service', name: 'cups' } });
    expect(parseTarget('disk:///')).toEqual({ ok: true, target: { kind: 'disk', path: '/' } });
    expect(parseTarget('disk://C:%5C')).toEqual({ ok: true, target: { kind: 'disk', path: 'C:\\' } });
  });

  it('names what is wrong with a bad target', () => {
    expect(parseTarget('')).toEqual({ ok: false, error: 'target_empty' });
    expect(parseTarget('postgres')).toEqual({ ok: false, error: 'target_unknown_scheme' });
    expect(parseTarget('ftp://x')).toEqual({ ok: false, error: 'target_unknown_scheme' });
    expect(parseTarget('http://')).toEqual({ ok: false, error: 'target_invalid_url' });
    expect(parseTarget('tcp://host')).toEqual({ ok: false, error: 'target_missing_port' });
    expect(parseTarget('tcp://host:99999')).toEqual({ ok: false, error: 'target_invalid_port' });
    expect(parseTarget('process://')).toEqual({ ok: false, error: 'target_missing_name' });
  });

  it('tells remote targets from local ones', () => {
    const remote = (text: string) => {
      const parsed = parseTarget(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return isRemoteTarget(parsed.target);
    };
    expect(remote('https://shop.example.nl')).toBe(true);
    expect(remote('tcp://8.8.8.8:53')).toBe(true);
    expect(remote('http://127.0.0.1:8080')).toBe(false);
    expect(remote('tcp://192.168.1.20:445')).toBe(false);
    expect(remote('http://nas.local')).toBe(false);
    expect(remote('process://postgres')).toBe(false);
  });
});

describe('parseTarget refuses what must never be stored', () => {
  it('names malformed percent-encoding instead of throwing', () => {
    for (const text of ['process://%', 'disk://%zz', 'dns://%', 'service://a%e0%a4%a'])
      expect(parseTarget(text), text).toEqual({ ok: false, error: 'target_invalid_encoding' });
    expect(parseTarget('process://my%20app')).toEqual({
      ok: true,
      target: { kind: 'process', name: 'my app' },
    });
  });

  it('refuses a user name or password in an address', () => {
    for (const text of [
      'https://ann:geheim@shop.example.nl/',
      'http://ann@shop.example.nl',
      'tcp://ann:geheim@192.168.1.20:445',
      'tls://ann@shop.example.nl',
    ])
      expect(parseTarget(text), text).toEqual({ ok: false, error: 'target_has_credentials' });
    // An @ in the path or a systemd instance name is no credential.
    expect(parseTarget('https://shop.example.nl/@team')).toMatchObject({ ok: true });
    expect(parseTarget('service://getty@tty1')).toEqual({
      ok: true,
      target: { kind: 'service', name: 'getty@tty1' },
    });
  });

  it('refuses a target longer than any real address', () => {
    const long = `https://shop.example.nl/${'a'.repeat(MAX_TARGET_LENGTH)}`;
    expect(parseTarget(long)).toEqual({ ok: false, error: 'target_too_long' });
  });
});
