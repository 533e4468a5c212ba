import { useMemo } from 'react';
import type { ComposerTexts } from '../../../../shared/i18n/composer';
import { composerTexts } from '../../../../shared/i18n/composer';
import { pickCatalog } from '../../../../shared/i18n/interpolate';
import { useLocale } from '../../../i18n/texts';

export function useComposerTexts(): ComposerTexts {
  const locale = useLocale();
  return useMemo(() => pickCatalog(composerTexts, locale), [locale]);
}
