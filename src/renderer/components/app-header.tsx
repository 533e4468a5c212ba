import { formatMoment } from '../format/time';
import { interpolate, useLocale, useTexts } from '../i18n/texts';
import { useAppStore } from '../store/app-store-context';
import { AppNav } from './app-nav';
import { LanguageSwitch } from './language-switch';
import { StatusSymbol } from './status-symbol';

export function AppHeader() {
  const texts = useTexts();
  const { language } = useLocale();
  const overall = useAppStore((state) =>
    state.appState?.monitors.length ? state.appState.overall : undefined,
  );
  const generatedAt = useAppStore((state) => state.appState?.generatedAt);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          {overall && <StatusSymbol kind={overall} />}
          <span className="app-header__name">{texts.appName}</span>
        </div>
        {generatedAt !== undefined && (
          <span className="app-header__updated muted">
            {interpolate(texts.connection.updatedAt, {
              time: formatMoment(generatedAt, generatedAt, language, texts.time),
            })}
          </span>
        )}
        <AppNav />
        <LanguageSwitch />
      </div>
    </header>
  );
}
