import type { DiagnosisContactRole } from '../diagnosis';
import type { CatalogSet, PluralText } from '../i18n/interpolate';
import type { SupportRequestWay } from './guide-events';
import type { FixOutcome } from './guide-progress';
import type { GuideChecklistItem } from './guide-steps';

/**
 * The guide's own words outside the screens: who to call, and what its actions write into the timeline.
 * `{fix}` is a fix step's title, `{name}` a monitor's name.
 */
export interface GuideTexts {
  contactRoles: Record<DiagnosisContactRole, string>;
  checklist: Record<GuideChecklistItem, string>;
  fixOutcomes: Record<FixOutcome, string>;
  /** `{role}`: who the request is for, as `contactRoles` names them. */
  supportRequestShared: Record<SupportRequestWay, string>;
  verifiedAll: string;
  verifiedSome: string;
  restart: {
    ran: string;
    /** `{count}`: the timeout in seconds. */
    timedOut: PluralText;
    notStarted: string;
    recovered: string;
    stillDown: string;
    output: string;
  };
  speed: { usual: string; slower: string; unknown: string };
}

const en: GuideTexts = {
  contactRoles: {
    hosting: 'your hosting company',
    registrar: 'your domain registrar',
    it_partner: 'your IT partner or the supplier of the device',
    internet_provider: 'your internet provider',
  },
  checklist: {
    identify_system_status: 'Checked the system status',
    identify_logs: 'Looked at what Back Online saw and the hosting panel',
    identify_ask_team: 'Asked the team whether anything changed today',
    verify_try_yourself: 'Tried it myself',
    verify_ask_confirmation: 'Asked a team member or a customer to confirm it works',
  },
  fixOutcomes: {
    tried: '{fix}',
    worked: '{fix} — it worked',
    did_not_work: '{fix} — it did not help',
  },
  supportRequestShared: {
    copied: 'Copied the support request for {role}',
    email: 'Opened the support request for {role} in the e-mail program',
    phone: 'Sent the support request for {role} to the phone',
  },
  verifiedAll: 'Checked everything: all {total} work',
  verifiedSome: 'Checked everything: {failed} of {total} still do not work',
  restart: {
    ran: 'Restarted {name} (exit code {exitCode})',
    timedOut: {
      one: 'Restart of {name} stopped after {count} second without finishing',
      other: 'Restart of {name} stopped after {count} seconds without finishing',
    },
    notStarted: 'Restart of {name} could not be started',
    recovered: '{name} works again',
    stillDown: '{name} still does not work',
    output: 'Last output:',
  },
  speed: {
    usual: 'as fast as usual',
    slower: '{factor}× slower than usual',
    unknown: 'no usual speed known yet',
  },
};

const nl: GuideTexts = {
  contactRoles: {
    hosting: 'uw hostingbedrijf',
    registrar: 'uw domeinregistrar',
    it_partner: 'uw IT-partner of de leverancier van het apparaat',
    internet_provider: 'uw internetprovider',
  },
  checklist: {
    identify_system_status: 'Systeemstatus bekeken',
    identify_logs: 'Bekeken wat Back Online zag en het hostingpaneel',
    identify_ask_team: 'Het team gevraagd of er vandaag iets is veranderd',
    verify_try_yourself: 'Zelf geprobeerd',
    verify_ask_confirmation: 'Een collega of klant gevraagd te bevestigen dat het werkt',
  },
  fixOutcomes: {
    tried: '{fix}',
    worked: '{fix} — dat werkte',
    did_not_work: '{fix} — dat hielp niet',
  },
  supportRequestShared: {
    copied: 'Supportverzoek voor {role} gekopieerd',
    email: 'Supportverzoek voor {role} geopend in het e-mailprogramma',
    phone: 'Supportverzoek voor {role} naar de telefoon gestuurd',
  },
  verifiedAll: 'Alles gecontroleerd: alle {total} werken',
  verifiedSome: 'Alles gecontroleerd: {failed} van {total} werken nog niet',
  restart: {
    ran: '{name} herstart (afsluitcode {exitCode})',
    timedOut: {
      one: 'Herstart van {name} na {count} seconde afgebroken',
      other: 'Herstart van {name} na {count} seconden afgebroken',
    },
    notStarted: 'Herstart van {name} kon niet worden gestart',
    recovered: '{name} werkt weer',
    stillDown: '{name} werkt nog steeds niet',
    output: 'Laatste uitvoer:',
  },
  speed: {
    usual: 'even snel als normaal',
    slower: '{factor}× trager dan normaal',
    unknown: 'nog geen normale snelheid bekend',
  },
};

export const guideTextCatalogs: CatalogSet<GuideTexts> = {
  en,
  nl,
  nlInformal: {
    contactRoles: {
      hosting: 'je hostingbedrijf',
      registrar: 'je domeinregistrar',
      it_partner: 'je IT-partner of de leverancier van het apparaat',
      internet_provider: 'je internetprovider',
    },
  },
};
