import { LANGUAGES } from '../../shared/locale';
import { useLocale, useTexts } from '../i18n/texts';
import { useAppStore } from '../store/app-store-context';

/** Each language is named in itself, so an owner who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const texts = useTexts();
  const { language } = useLocale();
  const setLanguage = useAppStore((state) => state.setLanguage);
  const busy = useAppStore((state) => state.pending.language);
  return (
    <div className="language-switch" role="group" aria-label={texts.language.label}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="toggle"
          aria-pressed={option === language}
          disabled={busy}
          onClick={() => {
            if (option !== language) void setLanguage(option);
          }}
        >
          {texts.language[option]}
        </button>
      ))}
    </div>
  );
}
