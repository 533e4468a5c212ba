/** The port an http(s) URL connects to: the one it names, else its scheme's default. */
export function portOfUrl(url: URL): number {
  return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}
