/**
 * The window's Content-Security-Policy as a response header: the policy of the `<meta>` tag in
 * src/renderer/index.html (a test keeps them in step) plus `frame-ancestors`, which only works as a header.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
