import type { CatalogSet } from '../i18n/interpolate';

/**
 * The prepared support request: an e-mail from the owner to their hosting company, registrar, IT partner
 * or internet provider with every fact a technician asks for. Dutch stays formal in both forms: it goes
 * to a company, whatever the owner's own setting for the app is.
 */
export interface SupportRequestTexts {
  subject: string;
  greeting: string;
  greetingNamed: string;
  opening: string;
  factsHeading: string;
  monitorHeading: string;
  facts: {
    address: string;
    problem: string;
    since: string;
    statusCode: string;
    timings: string;
    serverAddress: string;
    dnsAnswer: string;
    certificate: string;
    certificateIssuer: string;
    certificateNames: string;
    errorPage: string;
    errorCode: string;
  };
  timingParts: { dns: string; connect: string; tls: string; firstByte: string; total: string };
  ownInternetWorks: string;
  triedHeading: string;
  nothingTried: string;
  request: string;
  closing: string;
  signature: string;
  /** Above the log's last lines, when the owner adds them. */
  logHeading: string;
}

const en: SupportRequestTexts = {
  subject: 'Problem with {subject} since {since}: {problem}',
  greeting: 'Hello,',
  greetingNamed: 'Hello {name},',
  opening: 'Since {since} ({duration} ago) we have a problem with {subject}. Could you please help?',
  factsHeading: 'What our monitoring (Back Online) sees:',
  monitorHeading: '{name}:',
  facts: {
    address: 'Address: {value}',
    problem: 'Problem: {value}',
    since: 'Failing since: {value}',
    statusCode: 'HTTP status code: {value}',
    timings: 'Timings of the last check: {value}',
    serverAddress: 'Server address (IP): {value}',
    dnsAnswer: 'DNS answer: {value}',
    certificate: 'Certificate valid from {from} until {to}',
    certificateIssuer: 'Certificate issued by: {value}',
    certificateNames: 'Certificate names: {value}',
    errorPage: 'Error page recognised: {value}',
    errorCode: 'Error: {value}',
  },
  timingParts: {
    dns: 'DNS {value}',
    connect: 'connect {value}',
    tls: 'TLS {value}',
    firstByte: 'first byte {value}',
    total: 'total {value}',
  },
  ownInternetWorks: 'Our own internet connection works, so the problem is not on our side of the line.',
  triedHeading: 'What we already tried:',
  nothingTried: 'Nothing yet.',
  request: 'Could you look into this and let us know what is wrong and when it will work again?',
  closing: 'Kind regards,',
  signature: '{business}',
  logHeading: "The last lines of Back Online's log, for your technician:",
};

const nl: SupportRequestTexts = {
  subject: 'Probleem met {subject} sinds {since}: {problem}',
  greeting: 'Goedendag,',
  greetingNamed: 'Beste {name},',
  opening: 'Sinds {since} ({duration} geleden) hebben we een probleem met {subject}. Kunt u ons helpen?',
  factsHeading: 'Wat onze bewaking (Back Online) ziet:',
  monitorHeading: '{name}:',
  facts: {
    address: 'Adres: {value}',
    problem: 'Probleem: {value}',
    since: 'Werkt niet sinds: {value}',
    statusCode: 'HTTP-statuscode: {value}',
    timings: 'Tijden van de laatste controle: {value}',
    serverAddress: 'Serveradres (IP): {value}',
    dnsAnswer: 'DNS-antwoord: {value}',
    certificate: 'Certificaat geldig van {from} tot {to}',
    certificateIssuer: 'Certificaat uitgegeven door: {value}',
    certificateNames: 'Namen in het certificaat: {value}',
    errorPage: 'Herkende foutpagina: {value}',
    errorCode: 'Fout: {value}',
  },
  timingParts: {
    dns: 'DNS {value}',
    connect: 'verbinden {value}',
    tls: 'TLS {value}',
    firstByte: 'eerste byte {value}',
    total: 'totaal {value}',
  },
  ownInternetWorks:
    'Onze eigen internetverbinding werkt, het probleem ligt dus niet aan onze kant van de lijn.',
  triedHeading: 'Wat we al hebben geprobeerd:',
  nothingTried: 'Nog niets.',
  request: 'Wilt u uitzoeken wat er mis is en ons laten weten wanneer het weer werkt?',
  closing: 'Met vriendelijke groet,',
  signature: '{business}',
  logHeading: 'De laatste regels van het logboek van Back Online, voor uw technicus:',
};

export const supportRequestCatalogs: CatalogSet<SupportRequestTexts> = { en, nl, nlInformal: {} };
