import { useState } from 'react';
import type { ApiError } from '../../../shared/api-contract';
import { describeFieldIssues } from '../../../shared/field-issues';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { Settings } from '../../../shared/settings';
import { businessProfileSchema } from '../../../shared/settings';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';
import { useFailureText } from '../../i18n/use-failure-text';
import { useAppStore } from '../../store/app-store-context';

const FIELDS = ['name', 'website', 'email', 'phone', 'followUpdatesAt', 'workaround'] as const;
type BusinessField = (typeof FIELDS)[number];

/** The facts customer messages are written with: name, website, how to reach the business, a workaround. */
export function BusinessSection({ settings }: { settings: Settings }) {
  const screen = useCatalog(settingsScreenTexts);
  const texts = screen.business;
  const errorTexts = useCatalog(fieldErrorTexts);
  const changeSettings = useAppStore((state) => state.changeSettings);
  const [values, setValues] = useState<Record<BusinessField, string>>(
    () =>
      Object.fromEntries(FIELDS.map((field) => [field, settings.business[field]])) as Record<
        BusinessField,
        string
      >,
  );
  const [errors, setErrors] = useState<Partial<Record<BusinessField, string>>>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const failureText = useFailureText();
  const hints: Partial<Record<BusinessField, string>> = {
    followUpdatesAt: texts.followUpdatesAtHint,
    workaround: texts.workaroundHint,
  };

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const parsed = businessProfileSchema.safeParse({ ...settings.business, ...values });
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          describeFieldIssues(parsed.error, errorTexts).map((issue) => [issue.path, issue.text]),
        ),
      );
      setRefusal(null);
      setStatus('failed');
      return;
    }
    setErrors({});
    const result = await changeSettings({ business: parsed.data });
    setRefusal(result.ok ? null : result.error);
    setStatus(result.ok ? 'saved' : 'failed');
  }

  return (
    <section className="settings-section" aria-labelledby="settings-business">
      <h2 id="settings-business">{texts.heading}</h2>
      <form noValidate onSubmit={(event) => void save(event)}>
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={texts[field]}
            hint={hints[field]}
            value={values[field]}
            error={errors[field]}
            type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
            multiline={field === 'workaround'}
            onChange={(value) => {
              setStatus('idle');
              setValues((current) => ({ ...current, [field]: value }));
            }}
          />
        ))}
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {screen.monitors.save}
          </button>
          <span role="status" className={status === 'failed' ? 'form-failed' : 'muted'}>
            {status === 'saved'
              ? screen.saved
              : status === 'failed'
                ? failureText(refusal, screen.saveFailed)
                : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
