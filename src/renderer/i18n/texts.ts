import { useMemo } from 'react';
import type { PluralText, UiTexts } from '../../shared/i18n/ui';
import { uiTexts } from '../../shared/i18n/ui';
import type { TemplateParams } from '../../shared/i18n/interpolate';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
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

export function plural(text: PluralText, count: number, params: TemplateParams = {}): string {
  return interpolate(count === 1 ? text.one : text.other, { ...params, count });
}

export { interpolate };
