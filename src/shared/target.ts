import { z } from 'zod';
import { expandTypedTarget } from './typed-target';

/** What a monitor watches, parsed from the user's target syntax. */
export type Target =
  | { kind: 'http'; url: string; host: string }
  | { kind: 'tls'; host: string; port: number }
  | { kind: 'dns'; name: string }
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'process'; name: string }
  | { kind: 'service'; name: string }
  | { kind: 'disk'; path: string };

export type TargetKind = Target['kind'];

/** Checks that need the internet; they become "unknown — you are offline" when connectivity fails. */
export function isRemoteTarget(target: Target): boolean {
  if (target.kind === 'process' || target.kind === 'service' || target.kind === 'disk') return false;
  const host = target.kind === 'dns' ? target.name : target.host;
  return !isLoopbackOrPrivateHost(host);
}

export function isLoopbackOrPrivateHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost') || bare.endsWith('.local') || bare.endsWith('.lan'))
    return true;
  if (bare === '::1' || bare.startsWith('fe80:') || bare.startsWith('fc') || bare.startsWith('fd'))
    return bare.includes(':');
  const octets = bare.split('.').map(Number);
  if (octets.length !== 4 || octets.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
  const [a, b] = octets as [number, number, number, number];
  return (
    a === 127 ||
    a === 10 ||
    (a === 192 && b === 168) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 169 && b === 254)
  );
}

export type TargetParseError =
  | 'target_empty'
  | 'target_unknown_scheme'
  | 'target_invalid_url'
  | 'target_missing_port'
  | 'target_invalid_port'
  | 'target_missing_name'
  | 'target_invalid_encoding'
  | 'target_has_credentials'
  | 'target_too_long';

/** Longer than any real address; keeps settings, the database and every screen free of megabyte strings. */
export const MAX_TARGET_LENGTH = 2000;

export type TargetParseResult = { ok: true; target: Target } | { ok: false; error: TargetParseError };

const SCHEME_PATTERN = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i;

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

function parseHostPort(rest: string): { host: string; port: string } | null {
  const withoutPath = rest.replace(/\/.*$/, '');
  const bracketed = /^\[([^\]]+)\]:(.*)$/.exec(withoutPath);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ?? '' };
  const colon = withoutPath.lastIndexOf(':');
  if (colon <= 0) return null;
  return { host: withoutPath.slice(0, colon), port: withoutPath.slice(colon + 1) };
}

/** `%zz` or a lone `%` is no encoding at all: a mistake to name, not an exception to throw. */
function decodeName(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `user:password@host` would put a password into results, the database and every screen. */
function hasUserInfo(rest: string): boolean {
  return /^[^/?#]*@/.test(rest);
}

/** The target as it may be repeated back: `https://ann:secret@shop.nl` becomes `https://…@shop.nl`. */
export function withoutCredentials(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1…@');
}

function hostPortTarget(kind: 'tcp' | 'tls', rest: string): TargetParseResult {
  const parts = parseHostPort(rest);
  if (!parts || parts.host === '') return { ok: false, error: 'target_missing_port' };
  const port = parsePort(parts.port);
  if (port === null) return { ok: false, error: 'target_invalid_port' };
  return { ok: true, target: { kind, host: parts.host, port } };
}

/** Reads a target as the owner typed it: `shop.nl` is https://shop.nl/, `192.168.1.20:9100` a TCP port. */
export function parseTarget(input: string): TargetParseResult {
  const typed = input.trim();
  if (typed === '') return { ok: false, error: 'target_empty' };
  if (typed.length > MAX_TARGET_LENGTH) return { ok: false, error: 'target_too_long' };
  const text = expandTypedTarget(typed);
  const match = SCHEME_PATTERN.exec(text);
  if (!match) return { ok: false, error: 'target_unknown_scheme' };
  const scheme = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  const addressesHost = ['http', 'https', 'tcp', 'tls'].includes(scheme);
  // `service://getty@tty1` is a real systemd name, so only host addresses are read as `user@host`.
  if (addressesHost && hasUserInfo(rest)) return { ok: false, error: 'target_has_credentials' };
  switch (scheme) {
    case 'http':
    case 'https': {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return { ok: false, error: 'target_invalid_url' };
      }
      if (url.hostname === '') return { ok: false, error: 'target_invalid_url' };
      if (url.username !== '' || url.password !== '') return { ok: false, error: 'target_has_credentials' };
      return {
        ok: true,
        target: { kind: 'http', url: url.toString(), host: url.hostname.replace(/^\[|\]$/g, '') },
      };
    }
    case 'tcp':
      return hostPortTarget('tcp', rest);
    case 'tls': {
      if (rest !== '' && !rest.replace(/^\[[^\]]+\]/, '').includes(':')) {
        return {
          ok: true,
          target: { kind: 'tls', host: rest.replace(/\/.*$/, '').replace(/^\[|\]$/g, ''), port: 443 },
        };
      }
      return hostPortTarget('tls', rest);
    }
    case 'dns':
    case 'process':
    case 'service': {
      const name = decodeName(rest.replace(/\/+$/, ''));
      if (name === null) return { ok: false, error: 'target_invalid_encoding' };
      if (name === '') return { ok: false, error: 'target_missing_name' };
      return { ok: true, target: { kind: scheme, name } as Target };
    }
    case 'disk': {
      const path = decodeName(rest);
      if (path === null) return { ok: false, error: 'target_invalid_encoding' };
      if (path === '') return { ok: false, error: 'target_missing_name' };
      return { ok: true, target: { kind: 'disk', path } };
    }
    default:
      return { ok: false, error: 'target_unknown_scheme' };
  }
}

/**
 * Target strings in settings files, config files and API payloads. What the owner typed is kept with its
 * scheme spelled out (`shop.nl` → `https://shop.nl`), so the window, the file and the CLI read one target.
 */
export const targetStringSchema = z
  .string()
  .superRefine((value, ctx) => {
    const parsed = parseTarget(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  })
  .transform(expandTypedTarget);
