import { useEffect, useMemo } from 'react';
import { tabStatusTexts } from '../../../shared/i18n/tab-status';
import { useCatalog, useLocale } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { faviconHref, tabStatus } from './tab-status';

function faviconLink(): HTMLLinkElement {
  const existing = document.head.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (existing) return existing;
  const link = document.createElement('link');
  link.rel = 'icon';
  document.head.append(link);
  return link;
}

/** Keeps the document's title and favicon on the app's overall state, in the owner's language. */
export function useTabStatus(): void {
  const texts = useCatalog(tabStatusTexts);
  const { language } = useLocale();
  const appState = useAppStore((state) => state.appState);
  const connection = useAppStore((state) => state.connection);
  const { title, badge } = useMemo(
    () => tabStatus(appState, connection, texts, language),
    [appState, connection, texts, language],
  );

  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    const link = faviconLink();
    link.type = badge === null ? '' : 'image/svg+xml';
    link.href = faviconHref(badge);
  }, [badge]);
}
