import { useCallback } from 'react';
import type { ApiError } from '../../shared/api-contract';
import { storageFailureText } from '../../shared/i18n/storage-problems';
import { useLocale } from './texts';

/**
 * What to tell the owner when the app refused: a disk that let Back Online down is named, with what to do
 * about it (the app sends the path and the problem along); anything else keeps the screen's own words.
 */
export function useFailureText(): (error: ApiError | null, general: string) => string {
  const locale = useLocale();
  return useCallback(
    (error, general) =>
      error?.code === 'storage_failed' && error.storage ? storageFailureText(error.storage, locale) : general,
    [locale],
  );
}
