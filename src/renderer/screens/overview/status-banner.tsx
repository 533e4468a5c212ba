import { StatusSymbol } from '../../components/status-symbol';
import { useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { bannerContent } from './banner-content';

export function StatusBanner() {
  const texts = useTexts();
  const { language } = useLocale();
  const appState = useAppStore((state) => state.appState);
  const navigate = useAppStore((state) => state.navigate);
  const resume = useAppStore((state) => state.resume);
  const resuming = useAppStore((state) => state.pending.resume);
  if (!appState) return null;
  const content = bannerContent(appState, texts, language);
  const action = content.action;
  return (
    <section className={`banner banner--${content.kind}`} aria-live="polite" data-testid="status-banner">
      <StatusSymbol kind={content.kind} large />
      <div className="banner__text">
        <h1 className="banner__title" data-route-heading>
          {content.title}
        </h1>
        <p className="banner__next">{content.next}</p>
        {action?.type === 'openGuide' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate({ page: 'incident', incidentId: action.incidentId })}
          >
            {texts.banner.openGuide}
          </button>
        )}
        {action?.type === 'resume' && (
          <button
            type="button"
            className="button button--primary"
            disabled={resuming}
            onClick={() => void resume()}
          >
            {texts.snooze.resume}
          </button>
        )}
      </div>
    </section>
  );
}
