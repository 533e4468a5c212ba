import type { UpdateTexts } from './updates';

export const updatesNl: UpdateTexts = {
  tray: {
    restart: 'Herstarten om bij te werken',
    restartAsks: 'Herstarten om bij te werken…',
  },
  banner: {
    ready:
      'Er staat een nieuwe versie van Back Online ({version}) klaar. Herstarten duurt een paar seconden; daarna gaat het controleren meteen verder.',
    readyDuringProblem:
      'Er staat een nieuwe versie van Back Online ({version}) klaar. Die kan wachten: hij wordt vanzelf geïnstalleerd de volgende keer dat u Back Online afsluit, zodat niets u stoort terwijl u het probleem oplost.',
    restart: 'Herstarten om bij te werken',
    restarting: 'Back Online wordt herstart…',
    postponed:
      'Goed: de update wacht en wordt vanzelf geïnstalleerd de volgende keer dat u Back Online afsluit.',
    failed:
      'De update kon niet worden gestart. Back Online werkt gewoon door zoals het is; probeer het later opnieuw.',
  },
  confirm: {
    title: 'Back Online',
    message: 'Er is nog een probleem open. Back Online nu herstarten om bij te werken?',
    detail:
      'Tijdens het herstarten controleert Back Online een paar seconden niets. Waar u was in het herstelplan blijft bewaard. Kiest u Later, dan wordt de update vanzelf geïnstalleerd de volgende keer dat u Back Online afsluit.',
    restartNow: 'Nu herstarten',
    later: 'Later',
  },
};
