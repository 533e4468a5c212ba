import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/check-result';
import type { Locale } from '../../shared/locale';
import { diagnose } from './diagnose';

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };
const NL_INFORMAL: Locale = { language: 'nl', formality: 'informal' };

function result(overrides: Partial<CheckResult>): CheckResult {
  return {
    kind: 'http',
    target: 'https://shop.example.nl/',
    status: 'down',
    cause: 'http_server_error',
    startedAt: Date.UTC(2026, 10, 28, 9, 0, 0),
    durationMs: 120,
    timings: { total: 120 },
    details: { statusCode: 500 },
    ...overrides,
  };
}

describe('diagnose', () => {
  it('tells a server error in plain words, with the host taken from the target', () => {
    const diagnosis = diagnose(result({}), EN);
    expect(diagnosis.cause).toBe('http_server_error');
    expect(diagnosis.status).toBe('down');
    expect(diagnosis.title).toBe('Your website shows an error instead of your pages');
    expect(diagnosis.explanation).toContain('The server of shop.example.nl');
    expect(diagnosis.explanation).toContain('(Technical: HTTP status 500.)');
    expect(diagnosis.actions).toHaveLength(3);
    expect(diagnosis.contactRole).toBe('hosting');
  });

  it('speaks formal and informal Dutch', () => {
    expect(diagnose(result({}), NL).title).toBe('Uw website toont een foutmelding in plaats van uw pagina’s');
    expect(diagnose(result({}), NL_INFORMAL).title).toBe(
      'Je website toont een foutmelding in plaats van je pagina’s',
    );
  });

  it('blames the own internet connection for a failing remote check while offline', () => {
    const diagnosis = diagnose(result({ cause: 'connection_timeout' }), EN, { offline: true });
    expect(diagnosis.cause).toBe('local_offline');
    expect(diagnosis.status).toBe('unknown');
    expect(diagnosis.title).toBe('Your own internet connection is down');
    expect(diagnosis.explanation).toContain('cannot check shop.example.nl');
    expect(diagnosis.contactRole).toBe('internet_provider');
  });

  it('keeps the own cause of local checks and of checks that answered while offline', () => {
    const local = result({
      kind: 'tcp',
      target: 'tcp://127.0.0.1:5432',
      cause: 'connection_refused',
      details: {},
    });
    const diagnosis = diagnose(local, EN, { offline: true });
    expect(diagnosis.cause).toBe('connection_refused');
    expect(diagnosis.explanation).toContain('on port 5432');
    expect(diagnosis.contactRole).toBe('it_partner');
    const answered = diagnose(result({ status: 'up', cause: 'ok', details: {} }), EN, { offline: true });
    expect(answered.cause).toBe('ok');
    expect(answered.status).toBe('up');
    const disk = result({ kind: 'disk', target: 'disk:///srv', status: 'down', cause: 'disk_almost_full' });
    expect(diagnose(disk, EN, { offline: true }).cause).toBe('disk_almost_full');
  });

  it('names the process, service or disk from the target when the details do not', () => {
    const process = result({
      kind: 'process',
      target: 'process://postgres',
      cause: 'process_not_running',
      details: {},
    });
    expect(diagnose(process, EN).explanation).toBe('The program postgres is not running on this computer.');
    const service = result({
      kind: 'service',
      target: 'service://cups',
      cause: 'service_stopped',
      details: {},
    });
    expect(diagnose(service, NL).explanation).toContain('De dienst cups');
    const disk = result({
      kind: 'disk',
      target: 'disk:///srv',
      status: 'degraded',
      cause: 'disk_almost_full',
      details: { freePercent: 3.5 },
    });
    expect(diagnose(disk, EN).explanation).toContain('/srv has only 3.5% free space left');
  });

  it('reports how long a slow answer took, from the result itself', () => {
    const slow = result({
      status: 'degraded',
      cause: 'slow_response',
      durationMs: 4_250,
      details: { statusCode: 200, slowThresholdMs: 3_000 },
    });
    expect(diagnose(slow, EN).explanation).toContain('it took 4.3 seconds (more than the 3 seconds');
    expect(diagnose(slow, NL).explanation).toContain('het duurde 4,3 seconden');
  });

  it('uses the variant the details name', () => {
    const nxdomain = result({ cause: 'dns_not_found', details: { dnsFailure: 'nxdomain' } });
    expect(diagnose(nxdomain, EN).title).toBe('Your domain name no longer exists');
    const noRecords = result({ cause: 'dns_not_found', details: { dnsFailure: 'no_records' } });
    expect(diagnose(noRecords, EN).title).toBe('Your domain name does not lead to your website');
    const parked = result({ cause: 'error_page', details: { errorPage: 'parked_domain', statusCode: 200 } });
    expect(diagnose(parked, EN).contactRole).toBe('registrar');
  });
});
