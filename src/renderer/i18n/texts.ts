import { useMemo } from 'react';
import type { UiTexts } from '../../shared/i18n/ui';
import { uiTexts } from '../../shared/i18n/ui';
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
  const { language, formality } = useLocale();
  return useMemo(() => pickCatalog(uiTexts, { language, formality }), [language, formality]);
}

export { interpolate, plural };
