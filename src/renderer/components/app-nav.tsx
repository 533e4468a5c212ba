import { navTexts } from '../../shared/i18n/nav';
import type { WindowPage } from '../../shared/window-route';
import { routeToHash } from '../../shared/window-route';
import { useCatalog } from '../i18n/texts';
import { useAppStore } from '../store/app-store-context';

const SECTIONS = [
  { page: 'home', text: 'overview' },
  { page: 'history', text: 'history' },
  { page: 'settings', text: 'settings' },
] as const;

/** Plain links to the hash routes: they work with the keyboard, back/forward and "open in new tab". */
export function AppNav() {
  const texts = useCatalog(navTexts);
  const page: WindowPage = useAppStore((state) => state.route.page);
  if (page === 'welcome') return null;
  return (
    <nav className="app-nav" aria-label={texts.label}>
      {SECTIONS.map((section) => (
        <a
          key={section.page}
          className="app-nav__link"
          href={routeToHash({ page: section.page })}
          aria-current={page === section.page ? 'page' : undefined}
        >
          {texts[section.text]}
        </a>
      ))}
    </nav>
  );
}
