import { useState } from 'react';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import type { NotificationSettings } from '../../../shared/notification-settings';
import { NOTIFICATION_KINDS, notificationSettingsSchema } from '../../../shared/notification-settings';
import type { Settings } from '../../../shared/settings';
import { CheckboxField } from '../../components/form/checkbox-field';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';
import { SaveStatus, useSettingsSave } from './save-status';

/** Notifications on or off, per kind, and quiet hours at night; the service and the desktop both obey them. */
export function NotificationSection({ settings }: { settings: Settings }) {
  const texts = useCatalog(settingsSectionsTexts).notifications;
  const [values, setValues] = useState<NotificationSettings>(settings.notifications);
  const { status, setStatus, errors, saveChecked, refusal } = useSettingsSave();
  const change = (next: NotificationSettings) => {
    setStatus('idle');
    setValues(next);
  };
  const quiet = values.quietHours;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    await saveChecked(notificationSettingsSchema, values, (notifications) => ({ notifications }));
  }

  return (
    <section className="settings-section" aria-labelledby="settings-notifications">
      <h2 id="settings-notifications">{texts.heading}</h2>
      <p>{texts.intro}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <CheckboxField
          label={texts.enabled}
          checked={values.enabled}
          onChange={(enabled) => change({ ...values, enabled })}
        />
        <fieldset className="field settings-indented" disabled={!values.enabled}>
          <legend className="field__label">{texts.kindsLegend}</legend>
          {NOTIFICATION_KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              label={texts.kinds[kind]}
              checked={values.kinds[kind]}
              onChange={(on) => change({ ...values, kinds: { ...values.kinds, [kind]: on } })}
            />
          ))}
        </fieldset>
        <CheckboxField
          label={texts.quietHours}
          hint={texts.quietHoursHint}
          checked={quiet.enabled}
          disabled={!values.enabled}
          onChange={(enabled) => change({ ...values, quietHours: { ...quiet, enabled } })}
        />
        {quiet.enabled && values.enabled && (
          <div className="settings-times">
            <TextField
              label={texts.quietStart}
              hint={texts.timeHint}
              value={quiet.start}
              error={errors['quietHours.start']}
              inputMode="numeric"
              onChange={(start) => change({ ...values, quietHours: { ...quiet, start: start.trim() } })}
            />
            <TextField
              label={texts.quietEnd}
              hint={texts.timeHint}
              value={quiet.end}
              error={errors['quietHours.end']}
              inputMode="numeric"
              onChange={(end) => change({ ...values, quietHours: { ...quiet, end: end.trim() } })}
            />
          </div>
        )}
        <FormActions save={texts.save}>
          <SaveStatus status={status} refusal={refusal} />
        </FormActions>
      </form>
    </section>
  );
}
