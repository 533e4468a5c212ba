import type { ChartTexts } from './charts';

export const chartsNl: ChartTexts = {
  milliseconds: '{value} ms',
  seconds: '{value} s',
  noAnswers: 'Nog geen antwoorden in {range}, dus er valt nog niets te tekenen.',
  sparklineSummary: 'Reactietijden in {range}: meestal {typical}, hoogstens {slowest}.',
  responseSummary:
    'Reactietijden in {range}: meestal {typical}; de trage momenten (1 op de 20 controles) duurden {slowest} of langer.',
  legendTypical: 'Gewone reactietijd (mediaan)',
  legendSlow: 'Trage momenten (1 op de 20 controles is zo traag)',
  uptimeSummary: '{percent} van de tijd bereikbaar in {range}.',
  uptimeNoChecks: 'Nog geen controles in {range}.',
  bucketUptime: '{time}: {percent} bereikbaar',
  bucketNoChecks: '{time}: niet gecontroleerd',
  bucketDown: 'Minstens één keer onbereikbaar',
  range: {
    '24h': 'de afgelopen 24 uur',
    '7d': 'de afgelopen 7 dagen',
    '30d': 'de afgelopen 30 dagen',
    '90d': 'de afgelopen 90 dagen',
  },
};
