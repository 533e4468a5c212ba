import type { Contact } from '../settings';
import type { CatalogSet } from './interpolate';
import { welcomeEn } from './welcome-en';
import { welcomeNl } from './welcome-nl';
import { welcomeNlInformal } from './welcome-nl-informal';

/** The contacts the welcome asks for: the ones the recovery guide sends the owner to most. */
export const WELCOME_CONTACT_ROLES = ['hosting', 'it_partner', 'registrar', 'internet_provider'] as const;
export type WelcomeContactRole = (typeof WELCOME_CONTACT_ROLES)[number];
export type ContactRole = Contact['role'];

/** The first run, and the live check of a target that the welcome and the settings share. */
export interface WelcomeTexts {
  heading: string;
  intro: string;
  stepOf: string;
  businessName: string;
  businessNameHint: string;
  website: string;
  websiteHint: string;
  start: string;
  starting: string;
  next: string;
  back: string;
  languageHeading: string;
  languageIntro: string;
  language: string;
  tone: string;
  toneFormal: string;
  toneInformal: string;
  localHeading: string;
  localIntro: string;
  device: string;
  deviceHint: string;
  deviceName: string;
  contactsHeading: string;
  contactsIntro: string;
  contactRole: Record<ContactRole, string>;
  contactName: string;
  contactPhone: string;
  saveFailed: string;
  preview: {
    checking: string;
    reachable: string;
    answersIn: string;
    certificateDays: string;
    notSecure: string;
    unreachable: string;
    tryHttp: string;
    busy: string;
  };
}

export const welcomeTexts: CatalogSet<WelcomeTexts> = {
  en: welcomeEn,
  nl: welcomeNl,
  nlInformal: welcomeNlInformal,
};
