import { useState } from 'react';
import type { ApiError } from '../../../shared/api-contract';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { interpolate } from '../../../shared/i18n/interpolate';
import { welcomeTexts } from '../../../shared/i18n/welcome';
import { TargetField } from '../../components/target-preview/target-field';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';
import { useFailureText } from '../../i18n/use-failure-text';
import { useAppStore } from '../../store/app-store-context';
import { emptyDraft, saveDraft, validateDraft } from './welcome-draft';
import type { WelcomeDraft, WelcomeErrors } from './welcome-draft';
import { WelcomeLanguageStep } from './welcome-language-step';
import { WelcomeLocalStep } from './welcome-local-step';

const STEP_COUNT = 3;

/**
 * The first run: the website first (with a live check), then, only if the owner wants, language and
 * tone, then the local devices and contacts. "Start watching" is on every step, so two fields and one
 * click are enough; everything else has a default and lives in Settings.
 */
export function WelcomeScreen() {
  const texts = useCatalog(welcomeTexts);
  const errorTexts = useCatalog(fieldErrorTexts);
  const settings = useAppStore((state) => state.settings);
  const api = useAppStore((state) => state.api);
  const navigate = useAppStore((state) => state.navigate);
  const loadSettings = useAppStore((state) => state.loadSettings);
  const [draft, setDraft] = useState<WelcomeDraft>(emptyDraft);
  const [errors, setErrors] = useState<WelcomeErrors>({});
  const [step, setStep] = useState(1);
  const [saving, setSaving] = useState(false);
  /** Why the last save failed; `unavailable` stands in when the settings could not even be read. */
  const [saveFailure, setSaveFailure] = useState<ApiError | null>(null);
  const failureText = useFailureText();
  const change = (patch: Partial<WelcomeDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function finish() {
    let current = settings;
    if (!current) {
      const loaded = await loadSettings();
      current = loaded.ok ? loaded.value : null;
    }
    if (!current) {
      setSaveFailure({ code: 'unavailable' });
      return;
    }
    const validated = validateDraft(draft, current, texts, errorTexts);
    if (!validated.ok) {
      setErrors(validated.errors);
      if (validated.errors.website) setStep(1);
      return;
    }
    setErrors({});
    setSaving(true);
    const refused = await saveDraft(api, validated);
    setSaving(false);
    setSaveFailure(refused);
    if (!refused) {
      await loadSettings();
      navigate({ page: 'home' });
    }
  }

  return (
    <form
      className="welcome"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void finish();
      }}
    >
      <h1 tabIndex={-1}>{texts.heading}</h1>
      <p className="welcome__step muted">{interpolate(texts.stepOf, { step, count: STEP_COUNT })}</p>
      {step === 1 && (
        <div className="welcome__fields">
          <p>{texts.intro}</p>
          <TextField
            label={texts.businessName}
            hint={texts.businessNameHint}
            value={draft.businessName}
            error={errors.businessName}
            autoComplete="organization"
            onChange={(businessName) => change({ businessName })}
          />
          <TargetField
            label={texts.website}
            hint={texts.websiteHint}
            value={draft.website}
            error={errors.website}
            autoComplete="url"
            onChange={(website) => change({ website })}
          />
        </div>
      )}
      {step === 2 && <WelcomeLanguageStep />}
      {step === 3 && <WelcomeLocalStep draft={draft} errors={errors} onChange={change} />}
      {saveFailure && (
        <p className="welcome__failed" role="alert">
          {failureText(saveFailure, texts.saveFailed)}
        </p>
      )}
      <div className="welcome__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? texts.starting : texts.start}
        </button>
        {step < STEP_COUNT && (
          <button type="button" className="button" onClick={() => setStep(step + 1)}>
            {texts.next}
          </button>
        )}
        {step > 1 && (
          <button type="button" className="link-button" onClick={() => setStep(step - 1)}>
            {texts.back}
          </button>
        )}
      </div>
    </form>
  );
}
