import type { ChartTexts } from './charts';

export const chartsEn: ChartTexts = {
  milliseconds: '{value} ms',
  seconds: '{value} s',
  noAnswers: 'No answers in {range} yet, so there is nothing to draw.',
  sparklineSummary: 'Response times over {range}: usually {typical}, slowest {slowest}.',
  responseSummary:
    'Response times over {range}: usually {typical}; the slow moments (1 in 20 checks) took {slowest} or more.',
  legendTypical: 'Usual response time (median)',
  legendSlow: 'Slow moments (1 in 20 checks is this slow)',
  uptimeSummary: 'Up {percent} of the time over {range}.',
  uptimeNoChecks: 'No checks in {range} yet.',
  bucketUptime: '{time}: up {percent}',
  bucketNoChecks: '{time}: not checked',
  bucketDown: 'Down at least once',
  range: {
    '24h': 'the last 24 hours',
    '7d': 'the last 7 days',
    '30d': 'the last 30 days',
    '90d': 'the last 90 days',
  },
};
