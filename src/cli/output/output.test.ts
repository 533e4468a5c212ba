import { describe, expect, it } from 'vitest';
import { diagnose } from '../../core/diagnosis/diagnose';
import type { CheckResult, CheckStatus } from '../../shared/check-result';
import { cliCatalogs } from '../../shared/i18n/cli';
import { pickCatalog } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import { captureIo } from '../../../test/cli/capture-io';
import type { DiagnosedResult } from './diagnosed-result';
import { renderHumanReport } from './human-report';
import { jsonReport, renderJsonReport } from './json-report';
import { exitCodeFor, worstStatus } from './overall';
import { coloursWanted, createStyle } from './style';

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };

function diagnosed(status: CheckStatus, overrides: Partial<CheckResult> = {}, locale = EN): DiagnosedResult {
  const result: CheckResult = {
    kind: 'http',
    target: 'https://shop.example.nl/',
    status,
    cause: status === 'up' ? 'ok' : status === 'down' ? 'http_server_error' : 'unknown',
    startedAt: Date.UTC(2026, 10, 28, 9),
    durationMs: status === 'down' ? 1534.2 : 48.4,
    timings: { dns: 2.1, connect: 3.5, firstByte: 40, total: 48.4 },
    details: { host: 'shop.example.nl', statusCode: status === 'down' ? 500 : 200 },
    ...overrides,
  };
  return { result, diagnosis: diagnose(result, locale) };
}

describe('worstStatus and exitCodeFor', () => {
  it('ranks down over degraded over unknown over up', () => {
    expect(worstStatus(['up', 'unknown', 'degraded', 'down'])).toBe('down');
    expect(worstStatus(['up', 'unknown', 'degraded'])).toBe('degraded');
    expect(worstStatus(['unknown', 'up'])).toBe('unknown');
    expect(worstStatus(['up', 'up'])).toBe('up');
  });

  it('fails the run only when something is down', () => {
    expect(exitCodeFor(['up', 'degraded', 'unknown'])).toBe(0);
    expect(exitCodeFor(['up', 'down'])).toBe(1);
    expect(exitCodeFor(['down'])).toBe(1);
  });
});

describe('jsonReport', () => {
  it('has exactly the documented shape', () => {
    const report = jsonReport([diagnosed('up'), diagnosed('down')]);
    expect(Object.keys(report)).toEqual(['results', 'overall']);
    expect(report.overall).toBe('down');
    expect(Object.keys(report.results[0] ?? {})).toEqual([
      'target',
      'kind',
      'status',
      'cause',
      'title',
      'explanation',
      'actions',
      'durationMs',
      'timings',
      'details',
    ]);
    expect(report.results[1]).toMatchObject({
      target: 'https://shop.example.nl/',
      kind: 'http',
      status: 'down',
      cause: 'http_server_error',
      title: 'Your website shows an error instead of your pages',
      durationMs: 1534.2,
      details: { host: 'shop.example.nl', statusCode: 500 },
    });
    expect(JSON.parse(renderJsonReport([diagnosed('up')]))).toEqual(jsonReport([diagnosed('up')]));
  });

  it('reports the diagnosed status and cause, which may differ from the raw result', () => {
    const result = diagnosed('down', { cause: 'connection_timeout' }).result;
    const offline = { result, diagnosis: diagnose(result, EN, { offline: true }) };
    expect(jsonReport([offline]).results[0]).toMatchObject({ status: 'unknown', cause: 'local_offline' });
    expect(jsonReport([offline]).overall).toBe('unknown');
  });
});

describe('renderHumanReport', () => {
  const texts = pickCatalog(cliCatalogs, EN);

  it('gives each target a symbol and a word, the diagnosis, numbered steps, whom to call and the time taken', () => {
    const text = renderHumanReport([diagnosed('down'), diagnosed('up')], texts, 'en', createStyle(false));
    expect(text).toContain('✗ DOWN  https://shop.example.nl/  (1.5 s)');
    expect(text).toContain('  Your website shows an error instead of your pages\n');
    expect(text).toContain('  What to do now:\n    1. Check again in two minutes');
    expect(text).toMatch(/\n {4}3\. Call your hosting company/);
    expect(text).toContain('  Who to call: your hosting company');
    expect(text).toContain('✓ OK  https://shop.example.nl/  (48 ms)');
    expect(text).toContain('Checked 2: 1 down, 1 OK.');
    expect(text).not.toContain('\u001b[');
  });

  it('writes Dutch, with Dutch numbers', () => {
    const text = renderHumanReport(
      [diagnosed('down', {}, NL)],
      pickCatalog(cliCatalogs, NL),
      'nl',
      createStyle(false),
    );
    expect(text).toContain('✗ STORING  https://shop.example.nl/  (1,5 s)');
    expect(text).toContain('Wat u nu kunt doen:');
    expect(text).toContain('Wie u belt: uw hostingbedrijf');
    expect(text).toContain('1 gecontroleerd: 1 met een storing.');
  });

  it('colours the status line only when asked', () => {
    const coloured = renderHumanReport([diagnosed('down')], texts, 'en', createStyle(true));
    expect(coloured).toContain('\u001b[31m');
    expect(coloured).toContain('✗ DOWN');
  });
});

describe('coloursWanted', () => {
  it('wants colours on a terminal without NO_COLOR only', () => {
    expect(coloursWanted(captureIo({}, true))).toBe(true);
    expect(coloursWanted(captureIo({ NO_COLOR: '1' }, true))).toBe(false);
    expect(coloursWanted(captureIo({ NO_COLOR: '' }, true))).toBe(true);
    expect(coloursWanted(captureIo({}, false))).toBe(false);
  });
});
