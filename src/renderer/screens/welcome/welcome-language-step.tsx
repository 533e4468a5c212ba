import { welcomeTexts } from '../../../shared/i18n/welcome';
import { useState } from 'react';
import type { Formality, Language, Locale } from '../../../shared/locale';
import { ChoiceField } from '../../components/form/choice-field';
import { useCatalog, useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';

/** Language and tone apply at once, so the rest of the welcome already speaks the owner's way. */
export function WelcomeLanguageStep() {
  const texts = useCatalog(welcomeTexts);
  const ui = useTexts();
  const locale = useLocale();
  const changeSettings = useAppStore((state) => state.changeSettings);
  // The choice shows at once; the app's answer follows, switches the texts and takes over again, as does a
  // change made elsewhere (the header's language buttons, the state arriving after the screen).
  const [pending, setPending] = useState<{ over: Locale; change: Partial<Locale> }>({
    over: locale,
    change: {},
  });
  const shown = pending.over === locale ? pending.change : {};
  const chosen: Locale = { ...locale, ...shown };
  const choose = (change: Partial<Locale>) => {
    setPending({ over: locale, change: { ...shown, ...change } });
    void changeSettings(change);
  };
  return (
    <div className="welcome__fields">
      <h2>{texts.languageHeading}</h2>
      <p>{texts.languageIntro}</p>
      <ChoiceField<Language>
        legend={texts.language}
        value={chosen.language}
        choices={[
          { value: 'en', label: ui.language.en },
          { value: 'nl', label: ui.language.nl },
        ]}
        onChange={(language) => choose({ language })}
      />
      {chosen.language === 'nl' && (
        <ChoiceField<Formality>
          legend={texts.tone}
          value={chosen.formality}
          choices={[
            { value: 'formal', label: texts.toneFormal },
            { value: 'informal', label: texts.toneInformal },
          ]}
          onChange={(formality) => choose({ formality })}
        />
      )}
    </div>
  );
}
