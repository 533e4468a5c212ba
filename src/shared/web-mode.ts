/**
 * The address scheme web mode's server and the window's HTTP bridge both speak. The token proves a request
 * comes from the link Back Online printed: API calls carry it in a header, which no other site can add
 * without a CORS preflight; the page and the event stream carry it in the address, since EventSource
 * cannot send headers.
 */
export const WEB_TOKEN_HEADER = 'X-Back-Online-Token';
export const WEB_TOKEN_PARAM = 'token';
export const WEB_API_PREFIX = '/api/';
export const WEB_EVENTS_PATH = '/events';
