import { useState } from 'react';
import { interpolate } from '../../../shared/i18n/interpolate';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import { messageSettingsSchema } from '../../../shared/messages/message-settings';
import { messagePackFor } from '../../../shared/messages/packs';
import type { CauseGroup } from '../../../shared/messages/public-descriptions';
import { CAUSE_GROUPS } from '../../../shared/messages/public-descriptions';
import type { Settings } from '../../../shared/settings';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { useCatalog, useLocale } from '../../i18n/texts';
import { SaveStatus, useSettingsSave } from './save-status';

/**
 * How often, while a problem lasts, Back Online reminds the owner to update their customers, and the
 * owner's own words for each kind of cause customers read about, in the window's language.
 */
export function MessageSection({ settings }: { settings: Settings }) {
  const texts = useCatalog(settingsSectionsTexts).messages;
  const { language, formality } = useLocale();
  const standard = messagePackFor(
    language === 'en' ? 'en' : formality === 'informal' ? 'nl_informal' : 'nl',
  ).causes;
  const [cadence, setCadence] = useState(String(settings.messages.cadenceMinutes));
  const [descriptions, setDescriptions] = useState(settings.messages.publicDescriptions);
  const { status, setStatus, errors, saveChecked, refusal } = useSettingsSave();
  const own = descriptions[language];

  const describe = (group: CauseGroup, text: string) => {
    setStatus('idle');
    const next = { ...own };
    // An emptied field gives the cause back to Back Online's own words.
    if (text.trim() === '') delete next[group];
    else next[group] = text;
    setDescriptions({ ...descriptions, [language]: next });
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const typed = cadence.trim() === '' ? Number.NaN : Number(cadence.trim().replace(',', '.'));
    await saveChecked(
      messageSettingsSchema,
      { ...settings.messages, cadenceMinutes: typed, publicDescriptions: descriptions },
      (messages) => ({ messages }),
    );
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
        <h3>{texts.descriptionsHeading}</h3>
        <p>{texts.descriptionsIntro}</p>
        {CAUSE_GROUPS.map((group) => (
          <TextField
            key={group}
            label={texts.groups[group]}
            hint={interpolate(texts.descriptionHint, { standard: standard[group] })}
            value={own[group] ?? ''}
            error={errors[`publicDescriptions.${language}.${group}`]}
            onChange={(text) => describe(group, text)}
          />
        ))}
        <FormActions save={texts.save}>
          <SaveStatus status={status} refusal={refusal} />
        </FormActions>
      </form>
    </section>
  );
}
