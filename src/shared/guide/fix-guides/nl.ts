import type { FixStepCatalog } from './fix-step-texts';

export const fixStepsNl: FixStepCatalog = {
  wait_and_recheck: {
    title: 'Wacht twee minuten en controleer opnieuw',
    how: [
      'Een drukke of herstartende server herstelt zich vaak binnen een paar minuten vanzelf.',
      'Druk op "Nu opnieuw controleren". Werkt het nog steeds niet, ga dan door met de volgende stap.',
    ],
  },
  restart_server: {
    title: 'Herstart de server of leeg de cache',
    how: [
      'Log in op het controlepaneel van uw hosting (de website waar u uw hosting beheert).',
      'Zoek naar "Herstarten", "Reboot" of "Cache legen" en klik erop.',
      'Wacht twee minuten en controleer opnieuw.',
    ],
  },
  clear_cache: {
    title: 'Leeg de cache van de website',
    how: [
      'Log in op uw website of het controlepaneel van uw hosting.',
      'Zoek naar "Cache" en kies "Cache legen" of "Alles wissen".',
      "Controleer opnieuw: pagina's zijn daarna vaak sneller.",
    ],
  },
  roll_back_update: {
    title: 'Draai de laatste update van een plug-in of thema terug',
    how: [
      'Vraag uzelf of uw webbouwer: is er vandaag iets bijgewerkt of geïnstalleerd?',
      'Zet die plug-in of dat thema in het beheer van uw website uit, of ga terug naar de vorige versie.',
      'Controleer opnieuw. Werkt het, laat het dan uit staan en vertel uw webbouwer welke update het veroorzaakte.',
    ],
  },
  restore_backup: {
    title: 'Zet een back-up terug',
    how: [
      'Open "Back-ups" in het controlepaneel van uw hosting.',
      'Kies de laatste back-up van vóór het probleem en zet die terug.',
      'Bestellingen of wijzigingen van na die back-up moet u misschien opnieuw invoeren; noteer welke.',
    ],
  },
  check_page_address: {
    title: 'Controleer of de pagina nog bestaat',
    how: [
      'Open het adres dat Back Online controleert in uw eigen browser.',
      'Is de pagina verplaatst of verwijderd, zet haar dan terug of pas het adres in Back Online aan.',
    ],
  },
  check_page_content: {
    title: 'Kijk wat de pagina laat zien',
    how: [
      'Open {host} in uw eigen browser en bekijk de pagina.',
      'Ziet ze er leeg of verkeerd uit, draai dan de laatste wijziging terug of zet een back-up terug.',
      'Is de pagina in orde maar is de tekst veranderd, pas dan de tekst aan waar Back Online op let.',
    ],
  },
  fix_redirect_settings: {
    title: 'Controleer de doorverwijzingen',
    how: [
      'Bekijk in het controlepaneel van uw hosting of het beheer van uw website de instellingen voor "https", "www" en doorverwijzingen.',
      'Maak de laatste wijziging daarin ongedaan, of zet een van twee doorverwijzingen uit.',
      'Controleer opnieuw in een privévenster, zodat oude cookies niet in de weg zitten.',
    ],
  },
  renew_certificate: {
    title: 'Vernieuw het beveiligingscertificaat',
    how: [
      'Open "SSL" of "Certificaten" in het controlepaneel van uw hosting.',
      'Kies "Vernieuwen" (of zet een gratis "Let\'s Encrypt"-certificaat aan) voor {host}.',
      'Wacht een paar minuten en controleer opnieuw.',
    ],
  },
  install_full_chain: {
    title: 'Installeer het volledige certificaat',
    how: [
      'Het certificaat van {host} is geïnstalleerd zonder het "tussencertificaat", waardoor sommige browsers en telefoons het niet vertrouwen.',
      'Installeer het certificaat opnieuw met de volledige keten ("CA-bundel") in het controlepaneel van uw hosting, of vraag {who} dat te doen.',
    ],
  },
  fix_certificate_name: {
    title: 'Zorg voor een certificaat met de juiste naam',
    how: [
      'Het certificaat is voor een andere naam dan {host}.',
      'Voeg {host} toe aan het certificaat in het controlepaneel van uw hosting (ook met en zonder "www"), of vraag {who} dat te doen.',
    ],
  },
  check_device_clock: {
    title: 'Controleer de datum en tijd van deze computer',
    how: [
      'Een certificaat dat "nog niet geldig" is, betekent vaak dat een klok verkeerd staat.',
      'Controleer of deze computer de juiste datum en tijd toont; klopt die, vraag {who} dan de klok van de server te controleren.',
    ],
  },
  check_domain_expiry: {
    title: 'Controleer de domeinnaam bij uw registrar',
    how: [
      'Log in waar u {host} hebt geregistreerd (uw registrar).',
      'Kijk of de domeinnaam is verlopen en verleng hem als dat zo is; controleer of de factuur is betaald.',
      'Na het verlengen kan het een paar uur duren voordat iedereen uw site weer ziet.',
    ],
  },
  check_dns_records: {
    title: 'Controleer de instellingen van het domein (DNS)',
    how: [
      'Log in waar u de domeinnaam {host} beheert.',
      'Maak een wijziging van vandaag in de DNS-instellingen ongedaan, of vraag {who} welke instellingen nodig zijn.',
    ],
  },
  restart_router: {
    title: 'Herstart uw modem en router',
    how: [
      'Haal de stekker van uw modem en router eruit, wacht 30 seconden en steek hem er weer in.',
      'Wacht tot de lampjes weer rustig branden (een paar minuten) en controleer opnieuw.',
      'Controleer de kabels tussen het stopcontact, het modem en deze computer.',
    ],
  },
  restart_device: {
    title: 'Herstart het apparaat',
    how: [
      'Zet het apparaat uit en weer aan, of haal de stekker er 30 seconden uit.',
      'Controleer of de netwerkkabel erin zit en de lampjes branden.',
    ],
  },
  start_program: {
    title: 'Start het programma opnieuw',
    how: [
      'Open het programma op deze computer zoals u het gewoonlijk start.',
      'Sluit het vanzelf weer af, herstart dan de computer en bel daarna {who}.',
    ],
  },
  start_service: {
    title: 'Start de dienst opnieuw',
    how: [
      'Herstart de dienst (of de computer waarop die draait); hier verschijnt een knop "Nu herstarten" als die is ingesteld.',
      'Stopt de dienst weer vanzelf, bel dan {who} en vertel welke dienst is gestopt.',
    ],
  },
  free_disk_space: {
    title: 'Maak ruimte vrij op de schijf',
    how: [
      "Leeg de prullenbak en verwijder grote bestanden die u niet meer nodig hebt (oude downloads, video's, back-ups).",
      'Zet oude bestanden op een externe schijf of in de cloud.',
      'Controleer opnieuw: de schijf heeft genoeg vrije ruimte nodig om veilig te werken.',
    ],
  },
  allow_monitoring: {
    title: 'Laat de controles van Back Online door de beveiliging',
    how: [
      'De beveiliging van de site (een firewall of een dienst zoals Cloudflare) blokkeert de controle, terwijl bezoekers er misschien wel door komen.',
      'Open {host} op uw telefoon via mobiele data om te zien of bezoekers erin komen.',
      'Vraag {who} de controles van deze computer toe te laten, of zet de beveiliging een stap lager.',
    ],
  },
  slow_down_checks: {
    title: 'Controleer minder vaak',
    how: [
      'De server zegt dat hij te veel verzoeken krijgt, misschien van Back Online zelf.',
      'Maak in de instellingen van Back Online de tijd tussen controles langer (bijvoorbeeld elke 5 minuten).',
      'Beperkt de server ook echte bezoekers, vraag {who} dan de grens te verhogen.',
    ],
  },
  wait_for_maintenance: {
    title: 'Wacht tot het onderhoud klaar is',
    how: [
      'Uw site toont een onderhoudspagina, meestal terwijl er een update wordt geïnstalleerd.',
      'Wacht tien minuten en controleer opnieuw; de meeste updates zijn vanzelf klaar.',
    ],
  },
  remove_maintenance_file: {
    title: 'Verwijder het onderhoudsbestand',
    how: [
      'Blijft de onderhoudspagina langer dan tien minuten staan, dan is een update blijven hangen.',
      'Verwijder in de bestandsbeheerder van uw hosting (of via FTP) het bestand ".maintenance" in de hoofdmap van uw site.',
      'Controleer opnieuw en voer de update daarna nog een keer uit.',
    ],
  },
  call_contact: {
    title: 'Bel {who}',
    how: [
      'Stuur het voorbereide verzoek om hulp hieronder: daarin staat elk technisch detail waar ze naar vragen.',
      'Vertel wat u al hebt geprobeerd en vraag wanneer het weer werkt.',
    ],
  },
};
