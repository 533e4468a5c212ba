import { useState } from 'react';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { Settings } from '../../../shared/settings';
import { businessProfileSchema } from '../../../shared/settings';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';
import { SaveStatus, useSettingsSave } from './save-status';

const FIELDS = ['name', 'website', 'email', 'phone', 'followUpdatesAt', 'workaround'] as const;
type BusinessField = (typeof FIELDS)[number];

/** The facts customer messages are written with: name, website, how to reach the business, a workaround. */
export function BusinessSection({ settings }: { settings: Settings }) {
  const screen = useCatalog(settingsScreenTexts);
  const texts = screen.business;
  const [values, setValues] = useState<Record<BusinessField, string>>(
    () =>
      Object.fromEntries(FIELDS.map((field) => [field, settings.business[field]])) as Record<
        BusinessField,
        string
      >,
  );
  const { status, setStatus, errors, saveChecked, refusal } = useSettingsSave();
  const hints: Partial<Record<BusinessField, string>> = {
    followUpdatesAt: texts.followUpdatesAtHint,
    workaround: texts.workaroundHint,
  };

  async function save(event: React.FormEvent) {
    event.preventDefault();
    await saveChecked(businessProfileSchema, { ...settings.business, ...values }, (business) => ({
      business,
    }));
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
        <FormActions save={screen.monitors.save}>
          <SaveStatus status={status} refusal={refusal} />
        </FormActions>
      </form>
    </section>
  );
}
