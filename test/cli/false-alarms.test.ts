import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATED_PAGE_TEXT } from '../fixtures/false-alarm-routes';
import { startHttpFixture, type HttpFixture } from '../fixtures/http-fixture';
import { runSourceCli } from './spawn-cli';

interface JsonResult {
  target: string;
  status: string;
  cause: string;
  title: string;
  explanation: string;
  details: Record<string, unknown>;
}

let http: HttpFixture;

beforeAll(async () => {
  http = await startHttpFixture();
});

afterAll(async () => {
  await http?.close();
});

/** One `back-online check --json` over many paths of the fixture; results keyed by path. */
async function checkPaths(paths: string[], args: string[] = []): Promise<Map<string, JsonResult>> {
  const run = await runSourceCli(['check', '--json', ...args, ...paths.map((path) => http.url(path))]);
  expect(run.stderr).toBe('');
  const { results } = JSON.parse(run.stdout) as { results: JsonResult[] };
  return new Map(results.map((result, index) => [paths[index] ?? '', result]));
}

describe('back-online check on sites that work for people', { timeout: 90_000 }, () => {
  it('follows a set-cookie-and-redirect to the real page, and still calls a true loop a loop', async () => {
    const results = await checkPaths(['/cookie-gate', '/cookie-loop', '/cookie-counter', '/redirect-loop']);
    expect(results.get('/cookie-gate')).toMatchObject({
      status: 'up',
      cause: 'ok',
      details: { redirects: 1 },
    });
    for (const loop of ['/cookie-loop', '/cookie-counter', '/redirect-loop']) {
      expect(results.get(loop), loop).toMatchObject({ status: 'down', cause: 'http_redirect_loop' });
    }
    const gated = await runSourceCli(['check', '--keyword', GATED_PAGE_TEXT, http.url('/cookie-gate')]);
    expect(gated.code).toBe(0);
  });

  it('calls a challenge or block page of a protection service "blocked", status unknown, never down', async () => {
    const samples = {
      'cloudflare-challenge-403': 'Cloudflare',
      'cloudflare-challenge-503': 'Cloudflare',
      'cloudflare-block': 'Cloudflare',
      sucuri: 'Sucuri',
      wordfence: 'Wordfence',
      imperva: 'Imperva',
      'ddos-guard': 'DDoS-Guard',
    };
    const results = await checkPaths(Object.keys(samples).map((name) => `/page/${name}`));
    for (const [name, protection] of Object.entries(samples)) {
      const result = results.get(`/page/${name}`);
      expect(result, name).toMatchObject({
        status: 'unknown',
        cause: 'blocked_by_protection',
        title: "Your website's protection stops Back Online's checks",
        details: { protection },
      });
      expect(result?.explanation, name).toContain(`a security check from ${protection} instead of your page`);
    }
  });

  it('calls a 403 that only automatic checks get "blocked", and a 403 browsers get too a real 403', async () => {
    const results = await checkPaths(['/browsers-only', '/status/403', '/page/cloudflare-real-403']);
    expect(results.get('/browsers-only')).toMatchObject({
      status: 'unknown',
      cause: 'blocked_by_protection',
      details: { statusCode: 403, browserStatusCode: 200 },
    });
    for (const guard of ['/status/403', '/page/cloudflare-real-403']) {
      expect(results.get(guard), guard).toMatchObject({ status: 'down', cause: 'http_client_error' });
    }
  });

  it('calls a 429 rate limited, a warning, with the wait the server asked for', async () => {
    const results = await checkPaths(['/page/rate-limited']);
    expect(results.get('/page/rate-limited')).toMatchObject({
      status: 'degraded',
      cause: 'rate_limited',
      details: { statusCode: 429, retryAfterMs: 120_000 },
    });
    expect(results.get('/page/rate-limited')?.explanation).toContain('asked to wait 2 minutes');
  });

  it('calls maintenance pages maintenance, still down, and tells WordPress’s stuck update apart', async () => {
    const paths = {
      '/page/wordpress-maintenance': 'wordpress',
      '/page/maintenance-plugin': 'plugin',
      '/page/back-soon': 'announced',
      '/page/unavailable-retry-after': 'retry_after',
    };
    const results = await checkPaths(Object.keys(paths));
    for (const [path, maintenancePage] of Object.entries(paths)) {
      expect(results.get(path), path).toMatchObject({
        status: 'down',
        cause: 'maintenance_mode',
        details: { maintenancePage },
      });
    }
    expect(results.get('/page/wordpress-maintenance')?.title).toBe(
      'Your website is stuck in WordPress maintenance mode',
    );
    expect(results.get('/page/unavailable-retry-after')?.explanation).toContain('will be back in 1 hour');
  });

  it('keeps a plain 503 down as a server error that reads "temporarily unavailable", and a shop page up', async () => {
    const results = await checkPaths(['/status/503', '/page/shop-mentioning-maintenance']);
    expect(results.get('/status/503')).toMatchObject({
      status: 'down',
      cause: 'http_server_error',
      title: 'Your website is temporarily unavailable',
    });
    expect(results.get('/page/shop-mentioning-maintenance')).toMatchObject({ status: 'up', cause: 'ok' });
  });

  it('says it in Dutch too', async () => {
    const run = await runSourceCli([
      'check',
      '--json',
      '--lang',
      'nl',
      http.url('/page/cloudflare-challenge-403'),
      http.url('/page/wordpress-maintenance'),
    ]);
    const { results } = JSON.parse(run.stdout) as { results: JsonResult[] };
    expect(results.map((result) => result.title)).toEqual([
      'De beveiliging van uw website houdt de controles van Back Online tegen',
      'Uw website zit vast in de onderhoudsmodus van WordPress',
    ]);
  });
});
