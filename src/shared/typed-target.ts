/**
 * Targets as people type them. An owner writes `bakkerijdezon.nl` or `www.bakkerijdezon.nl/shop`, not
 * `https://…`, and the address of a payment terminal as `192.168.1.20:9100`. Anything with a scheme is
 * left exactly as written, so `http://` stays http: plain http only when the owner says so.
 */
/** Dots separate the labels, so matching stays linear; the URL parser judges the labels afterwards. */
const HOST = String.raw`(?:localhost|\[[0-9a-f:.]+\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`;
/** `host:port` and nothing after it: a port to connect to, like a printer or a payment terminal. */
const HOST_AND_PORT = new RegExp(String.raw`^${HOST}:\d{1,5}$`, 'iu');
/** A host name, maybe with a port, a path or a query: a web address without its `https://`. */
const WEB_ADDRESS = new RegExp(String.raw`^${HOST}(?::\d{1,5})?(?:[/?#].*)?$`, 'iu');
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function expandTypedTarget(input: string): string {
  const text = input.trim();
  if (text === '' || HAS_SCHEME.test(text)) return text;
  if (HOST_AND_PORT.test(text)) return `tcp://${text}`;
  if (WEB_ADDRESS.test(text)) return `https://${text}`;
  return text;
}
