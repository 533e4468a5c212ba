import type { DeepPartial } from '../../i18n/interpolate';
import type { FixStepCatalog } from './fix-step-texts';

/** Only the steps that speak to the owner as "je"; the rest fall back to the formal texts. */
export const fixStepsNlInformal: DeepPartial<FixStepCatalog> = {
  wait_and_recheck: {
    how: [
      'Een drukke of herstartende server herstelt zich vaak binnen een paar minuten vanzelf.',
      'Druk op "Nu opnieuw controleren". Werkt het nog steeds niet, ga dan door met de volgende stap.',
    ],
  },
  restart_server: {
    how: [
      'Log in op het controlepaneel van je hosting (de website waar je je hosting beheert).',
      'Zoek naar "Herstarten", "Reboot" of "Cache legen" en klik erop.',
      'Wacht twee minuten en controleer opnieuw.',
    ],
  },
  clear_cache: {
    how: [
      'Log in op je website of het controlepaneel van je hosting.',
      'Zoek naar "Cache" en kies "Cache legen" of "Alles wissen".',
      "Controleer opnieuw: pagina's zijn daarna vaak sneller.",
    ],
  },
  roll_back_update: {
    how: [
      'Vraag jezelf of je webbouwer: is er vandaag iets bijgewerkt of geïnstalleerd?',
      'Zet die plug-in of dat thema in het beheer van je website uit, of ga terug naar de vorige versie.',
      'Controleer opnieuw. Werkt het, laat het dan uit staan en vertel je webbouwer welke update het veroorzaakte.',
    ],
  },
  restore_backup: {
    how: [
      'Open "Back-ups" in het controlepaneel van je hosting.',
      'Kies de laatste back-up van vóór het probleem en zet die terug.',
      'Bestellingen of wijzigingen van na die back-up moet je misschien opnieuw invoeren; noteer welke.',
    ],
  },
  check_page_address: {
    how: [
      'Open het adres dat Back Online controleert in je eigen browser.',
      'Is de pagina verplaatst of verwijderd, zet haar dan terug of pas het adres in Back Online aan.',
    ],
  },
  check_page_content: {
    how: [
      'Open {host} in je eigen browser en bekijk de pagina.',
      'Ziet ze er leeg of verkeerd uit, draai dan de laatste wijziging terug of zet een back-up terug.',
      'Is de pagina in orde maar is de tekst veranderd, pas dan de tekst aan waar Back Online op let.',
    ],
  },
  fix_redirect_settings: {
    how: [
      'Bekijk in het controlepaneel van je hosting of het beheer van je website de instellingen voor "https", "www" en doorverwijzingen.',
      'Maak de laatste wijziging daarin ongedaan, of zet een van twee doorverwijzingen uit.',
      'Controleer opnieuw in een privévenster, zodat oude cookies niet in de weg zitten.',
    ],
  },
  renew_certificate: {
    how: [
      'Open "SSL" of "Certificaten" in het controlepaneel van je hosting.',
      'Kies "Vernieuwen" (of zet een gratis "Let\'s Encrypt"-certificaat aan) voor {host}.',
      'Wacht een paar minuten en controleer opnieuw.',
    ],
  },
  install_full_chain: {
    how: [
      'Het certificaat van {host} is geïnstalleerd zonder het "tussencertificaat", waardoor sommige browsers en telefoons het niet vertrouwen.',
      'Installeer het certificaat opnieuw met de volledige keten ("CA-bundel") in het controlepaneel van je hosting, of vraag {who} dat te doen.',
    ],
  },
  fix_certificate_name: {
    how: [
      'Het certificaat is voor een andere naam dan {host}.',
      'Voeg {host} toe aan het certificaat in het controlepaneel van je hosting (ook met en zonder "www"), of vraag {who} dat te doen.',
    ],
  },
  check_domain_expiry: {
    title: 'Controleer de domeinnaam bij je registrar',
    how: [
      'Log in waar je {host} hebt geregistreerd (je registrar).',
      'Kijk of de domeinnaam is verlopen en verleng hem als dat zo is; controleer of de factuur is betaald.',
      'Na het verlengen kan het een paar uur duren voordat iedereen je site weer ziet.',
    ],
  },
  check_dns_records: {
    how: [
      'Log in waar je de domeinnaam {host} beheert.',
      'Maak een wijziging van vandaag in de DNS-instellingen ongedaan, of vraag {who} welke instellingen nodig zijn.',
    ],
  },
  restart_router: {
    title: 'Herstart je modem en router',
    how: [
      'Haal de stekker van je modem en router eruit, wacht 30 seconden en steek hem er weer in.',
      'Wacht tot de lampjes weer rustig branden (een paar minuten) en controleer opnieuw.',
      'Controleer de kabels tussen het stopcontact, het modem en deze computer.',
    ],
  },
  start_program: {
    how: [
      'Open het programma op deze computer zoals je het gewoonlijk start.',
      'Sluit het vanzelf weer af, herstart dan de computer en bel daarna {who}.',
    ],
  },
  free_disk_space: {
    how: [
      "Leeg de prullenbak en verwijder grote bestanden die je niet meer nodig hebt (oude downloads, video's, back-ups).",
      'Zet oude bestanden op een externe schijf of in de cloud.',
      'Controleer opnieuw: de schijf heeft genoeg vrije ruimte nodig om veilig te werken.',
    ],
  },
  allow_monitoring: {
    how: [
      'De beveiliging van de site (een firewall of een dienst zoals Cloudflare) blokkeert de controle, terwijl bezoekers er misschien wel door komen.',
      'Open {host} op je telefoon via mobiele data om te zien of bezoekers erin komen.',
      'Vraag {who} de controles van deze computer toe te laten, of zet de beveiliging een stap lager.',
    ],
  },
  wait_for_maintenance: {
    how: [
      'Je site toont een onderhoudspagina, meestal terwijl er een update wordt geïnstalleerd.',
      'Wacht tien minuten en controleer opnieuw; de meeste updates zijn vanzelf klaar.',
    ],
  },
  remove_maintenance_file: {
    how: [
      'Blijft de onderhoudspagina langer dan tien minuten staan, dan is een update blijven hangen.',
      'Verwijder in de bestandsbeheerder van je hosting (of via FTP) het bestand ".maintenance" in de hoofdmap van je site.',
      'Controleer opnieuw en voer de update daarna nog een keer uit.',
    ],
  },
  call_contact: {
    how: [
      'Stuur het voorbereide verzoek om hulp hieronder: daarin staat elk technisch detail waar ze naar vragen.',
      'Vertel wat je al hebt geprobeerd en vraag wanneer het weer werkt.',
    ],
  },
};
