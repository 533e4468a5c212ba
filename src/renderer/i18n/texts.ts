import { useMemo } from 'react';
import type { UiTexts } from '../../shared/i18n/ui';
import { uiTexts } from '../../shared/i18n/ui';
import type { CatalogSet } from '../../shared/i18n/interpolate';
import { interpolate, pickCatalog, plural } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import { currentLocale } from '../store/app-store';
import { useAppStore } from '../store/app-store-context';

export function useLocale(): Locale {
  const language = useAppStore((state) => currentLocale(state).language);
  const formality = useAppStore((state) => currentLocale(state).formality);
  return useMemo(() => ({ language, formality }), [language, formality]);
}

export function useTexts(): UiTexts {
  return useCatalog(uiTexts);
}

/** The texts of one catalog set (charts, settings, …) in the owner's language and tone. */
export function useCatalog<T>(catalogs: CatalogSet<T>): T {
  const { language, formality } = useLocale();
  return useMemo(() => pickCatalog(catalogs, { language, formality }), [catalogs, language, formality]);
}

export { interpolate, plural };
