import { useState } from 'react';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import { messageSettingsSchema } from '../../../shared/messages/message-settings';
import type { Settings } from '../../../shared/settings';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';
import { SaveStatus, useSettingsSave } from './save-status';

/** How often, while a problem lasts, Back Online reminds the owner to update their customers. */
export function MessageSection({ settings }: { settings: Settings }) {
  const texts = useCatalog(settingsSectionsTexts).messages;
  const [cadence, setCadence] = useState(String(settings.messages.cadenceMinutes));
  const { status, setStatus, errors, saveChecked, refusal } = useSettingsSave();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const typed = cadence.trim() === '' ? Number.NaN : Number(cadence.trim().replace(',', '.'));
    await saveChecked(messageSettingsSchema, { ...settings.messages, cadenceMinutes: typed }, (messages) => ({
      messages,
    }));
  }

  return (
    <section className="settings-section" aria-labelledby="settings-messages">
      <h2 id="settings-messages">{texts.heading}</h2>
      <p>{texts.intro}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={texts.cadence}
          hint={texts.cadenceHint}
          value={cadence}
          error={errors.cadenceMinutes}
          inputMode="numeric"
          onChange={(value) => {
            setStatus('idle');
            setCadence(value);
          }}
        />
        <FormActions save={texts.save}>
          <SaveStatus status={status} refusal={refusal} />
        </FormActions>
      </form>
    </section>
  );
}
