import type { CauseGroup } from '../messages/public-descriptions';
import type { NotificationKind } from '../notification-settings';
import type { CatalogSet } from './interpolate';
import { settingsSectionsEn } from './settings-sections-en';
import { settingsSectionsNl } from './settings-sections-nl';
import { settingsSectionsNlInformal } from './settings-sections-nl-informal';

/** The contact fields the settings form edits, in the order it shows them (the role is a choice above them). */
export const CONTACT_FORM_FIELDS = ['name', 'phone', 'email', 'url', 'notes'] as const;
export type ContactFormField = (typeof CONTACT_FORM_FIELDS)[number];

/** Settings sections beyond monitors, business, language and import/export. */
export interface SettingsSectionsTexts {
  contacts: {
    heading: string;
    intro: string;
    none: string;
    add: string;
    edit: string;
    delete: string;
    confirmDelete: string;
    confirmDeleteYes: string;
    cancel: string;
    save: string;
    formAddHeading: string;
    formEditHeading: string;
    role: string;
    fields: Record<ContactFormField, { label: string; hint?: string }>;
  };
  notifications: {
    heading: string;
    intro: string;
    enabled: string;
    kindsLegend: string;
    kinds: Record<NotificationKind, string>;
    quietHours: string;
    quietHoursHint: string;
    quietStart: string;
    quietEnd: string;
    timeHint: string;
    save: string;
  };
  maintenance: {
    heading: string;
    intro: string;
    none: string;
    add: string;
    delete: string;
    save: string;
    cancel: string;
    days: string;
    daysHint: string;
    everyDay: string;
    start: string;
    end: string;
    timeHint: string;
    monitors: string;
    monitorsHint: string;
    allMonitors: string;
    /** "{days}, {start}–{end}: {monitors}" */
    summary: string;
    /** Monday first, as the owner's week starts; index 0 is Sunday as in the settings. */
    dayNames: [string, string, string, string, string, string, string];
  };
  computer: {
    heading: string;
    startAtLogin: string;
    startAtLoginHint: string;
    openDataFolder: string;
    openDataFolderHint: string;
    openLog: string;
    openLogHint: string;
    openFailed: string;
  };
  history: {
    heading: string;
    intro: string;
    delete: string;
    confirm: string;
    confirmYes: string;
    cancel: string;
    deleted: string;
    failed: string;
  };
  messages: {
    heading: string;
    intro: string;
    cadence: string;
    cadenceHint: string;
    descriptionsHeading: string;
    descriptionsIntro: string;
    /** Under each field: Back Online's own words, which stay when the field is empty. */
    descriptionHint: string;
    groups: Record<CauseGroup, string>;
    save: string;
  };
}

export const settingsSectionsTexts: CatalogSet<SettingsSectionsTexts> = {
  en: settingsSectionsEn,
  nl: settingsSectionsNl,
  nlInformal: settingsSectionsNlInformal,
};
