import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { historyPoints } from '../../test-support/history-samples';
import { renderInLocale } from '../../test-support/render-in-locale';
import { ResponseTimeChart } from './response-time-chart';
import { Sparkline } from './sparkline';
import { UptimeBars } from './uptime-bars';

afterEach(cleanup);

const END = Date.UTC(2026, 11, 6, 12);
const NL = { language: 'nl', formality: 'formal' } as const;

describe('Sparkline', () => {
  it('tells screen readers the usual and the slowest response time, in English and Dutch', () => {
    const points = historyPoints('24h', END, (index) =>
      index === 50 ? { responseMs: 8400, p95Ms: 8400 } : { responseMs: 230, p95Ms: 260 },
    );
    renderInLocale(<Sparkline points={points} />);
    expect(
      screen.getByRole('img', {
        name: 'Response times over the last 24 hours: usually 230 ms, slowest 8.4 s.',
      }),
    ).toBeTruthy();
    cleanup();
    renderInLocale(<Sparkline points={points} />, NL);
    expect(
      screen.getByRole('img', {
        name: 'Reactietijden in de afgelopen 24 uur: meestal 230 ms, hoogstens 8,4 s.',
      }),
    ).toBeTruthy();
  });

  it('says there is nothing to draw yet rather than showing an empty box silently', () => {
    renderInLocale(
      <Sparkline points={historyPoints('24h', END, () => ({ responseMs: null, p95Ms: null }))} />,
    );
    expect(
      screen.getByRole('img', { name: 'No answers in the last 24 hours yet, so there is nothing to draw.' }),
    ).toBeTruthy();
  });

  it('draws a red tick under every bucket with a failed check', () => {
    const points = historyPoints('24h', END, (index) =>
      index > 90 ? { up: 0, total: 1, responseMs: null } : {},
    );
    const { container } = renderInLocale(<Sparkline points={points} />);
    expect(container.querySelectorAll('.sparkline__failure')).toHaveLength(5);
  });
});

describe('ResponseTimeChart', () => {
  it('labels its gridlines as people read times and keeps both lines and the legend', () => {
    const points = historyPoints('7d', END, (index) => ({
      responseMs: 400,
      p95Ms: index === 3 ? 1900 : 700,
    }));
    const { container } = renderInLocale(<ResponseTimeChart points={points} range="7d" />);
    const ticks = [...container.querySelectorAll('.response-chart__tick')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['0 ms', '500 ms', '1 s', '1.5 s', '2 s']);
    expect(container.querySelector('.chart__line--typical')?.getAttribute('d')).toMatch(/^M/);
    expect(container.querySelector('.chart__line--slow')?.getAttribute('d')).toMatch(/^M/);
    expect(screen.getByText('Usual response time (median)')).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'Response times over the last 7 days: usually 400 ms; the slow moments (1 in 20 checks) took 1.9 s or more.',
      }),
    ).toBeTruthy();
  });

  it('shows in words that a period without answers has nothing to draw', () => {
    renderInLocale(
      <ResponseTimeChart
        points={historyPoints('90d', END, () => ({ responseMs: null, p95Ms: null }))}
        range="90d"
      />,
      NL,
    );
    expect(
      screen.getByText('Nog geen antwoorden in de afgelopen 90 dagen, dus er valt nog niets te tekenen.'),
    ).toBeTruthy();
  });
});

describe('UptimeBars', () => {
  it('draws one bar per bucket coloured by what happened and sums the period up', () => {
    const points = historyPoints('30d', END, (index) =>
      index === 0
        ? { up: 0, total: 0 }
        : index === 1
          ? { up: 0, total: 4 }
          : index === 2
            ? { up: 2, total: 4 }
            : { up: 4, total: 4 },
    );
    const { container } = renderInLocale(<UptimeBars points={points} range="30d" />);
    const bars = [...container.querySelectorAll('rect')];
    expect(bars).toHaveLength(30);
    expect(bars.slice(0, 4).map((bar) => bar.getAttribute('class'))).toEqual([
      'uptime-bars__bar uptime-bars__bar--unchecked',
      'uptime-bars__bar uptime-bars__bar--down',
      'uptime-bars__bar uptime-bars__bar--partial',
      'uptime-bars__bar uptime-bars__bar--up',
    ]);
    // 27 × 4 + 2 up of 29 × 4 known checks: 94.8 %, and below 99 % whole percents are precise enough.
    expect(screen.getByText('Up 95% of the time over the last 30 days.')).toBeTruthy();
    expect(bars[2]?.querySelector('title')?.textContent).toMatch(/: up 50%$/);
  });

  it('says in Dutch that nothing was checked yet', () => {
    renderInLocale(
      <UptimeBars points={historyPoints('24h', END, () => ({ up: 0, total: 0 }))} range="24h" />,
      NL,
    );
    expect(screen.getByText('Nog geen controles in de afgelopen 24 uur.')).toBeTruthy();
  });
});
