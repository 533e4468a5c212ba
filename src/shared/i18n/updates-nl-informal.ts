import type { DeepPartial } from './interpolate';
import type { UpdateTexts } from './updates';

export const updatesNlInformal: DeepPartial<UpdateTexts> = {
  banner: {
    readyDuringProblem:
      'Er staat een nieuwe versie van Back Online ({version}) klaar. Die kan wachten: hij wordt vanzelf geïnstalleerd de volgende keer dat je Back Online afsluit, zodat niets je stoort terwijl je het probleem oplost.',
    postponed:
      'Goed: de update wacht en wordt vanzelf geïnstalleerd de volgende keer dat je Back Online afsluit.',
  },
  confirm: {
    detail:
      'Tijdens het herstarten controleert Back Online een paar seconden niets. Waar je was in het herstelplan blijft bewaard. Kies je Later, dan wordt de update vanzelf geïnstalleerd de volgende keer dat je Back Online afsluit.',
  },
};
