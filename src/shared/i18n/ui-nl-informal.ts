import type { DeepPartial } from './interpolate';
import type { UiTexts } from './ui';

/** Only the texts that speak to the owner; everything else falls back to the formal Dutch. */
export const uiNlInformal: DeepPartial<UiTexts> = {
  connection: {
    reconnecting:
      'Het contact met Back Online is verbroken. Opnieuw verbinden… Wat je hieronder ziet, is misschien niet meer actueel.',
  },
  banner: {
    ok: { one: 'Je controle is in orde', other: 'Alle {count} controles zijn in orde' },
    okNext:
      'Je hoeft niets te doen. Back Online blijft controleren en laat het je weten als er iets verandert.',
    noMonitorsNext: 'Zet je website in de configuratie van Back Online om hem te laten controleren.',
    downNext: 'Open het herstelplan: daarin staat wat er mis is en wat je nu kunt doen.',
    offline: 'Je eigen internetverbinding lijkt weg te zijn',
    offlineNext:
      'Controleer je router, kabels of wifi. Je website kan prima werken: Back Online kan hem pas controleren als je internet terug is.',
    pausedNext: 'Zolang de pauze duurt, controleert Back Online niets en krijg je geen meldingen.',
  },
  monitors: {
    heading: 'Jouw controles',
    paused: { snoozed: 'Door jou gepauzeerd' },
  },
  snooze: {
    active: 'Back Online controleert en waarschuwt je als er iets misgaat.',
    pausedUntil: 'Gepauzeerd tot {time}. Tot dan krijg je geen meldingen.',
  },
};
