import type { CatalogSet } from './interpolate';
import { settingsScreenEn } from './settings-screen-en';
import { settingsScreenNl } from './settings-screen-nl';

/** The monitor fields the settings form edits, in the order it shows them. */
export const MONITOR_FORM_FIELDS = [
  'name',
  'publicName',
  'target',
  'intervalSeconds',
  'timeoutSeconds',
  'keyword',
  'keywordAbsent',
  'slowThresholdMs',
  'tlsWarnDays',
  'expectedStatus',
] as const;
export type MonitorFormField = (typeof MONITOR_FORM_FIELDS)[number];

export interface SettingsScreenTexts {
  heading: string;
  monitors: {
    heading: string;
    none: string;
    add: string;
    edit: string;
    pause: string;
    resume: string;
    delete: string;
    confirmDelete: string;
    confirmDeleteYes: string;
    cancel: string;
    save: string;
    saving: string;
    formAddHeading: string;
    formEditHeading: string;
    paused: string;
    fields: Record<MonitorFormField, { label: string; hint?: string }>;
  };
  business: {
    heading: string;
    name: string;
    website: string;
    email: string;
    phone: string;
    followUpdatesAt: string;
    followUpdatesAtHint: string;
    workaround: string;
    workaroundHint: string;
  };
  language: { heading: string };
  saved: string;
  saveFailed: string;
  data: {
    heading: string;
    export: string;
    exportHint: string;
    import: string;
    importHint: string;
    previewHeading: string;
    previewNothing: string;
    previewAddMonitors: string;
    previewChangeMonitors: string;
    previewRemoveMonitors: string;
    previewSettings: string;
    apply: string;
    applied: string;
    refused: Record<ImportRefusal, string>;
  };
}

export const IMPORT_REFUSALS = ['too_large', 'not_json', 'not_back_online', 'invalid'] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

export const settingsScreenTexts: CatalogSet<SettingsScreenTexts> = {
  en: settingsScreenEn,
  nl: settingsScreenNl,
  nlInformal: {},
};
