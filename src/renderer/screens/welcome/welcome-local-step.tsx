import { welcomeTexts, WELCOME_CONTACT_ROLES } from '../../../shared/i18n/welcome';
import { TextField } from '../../components/form/text-field';
import { TargetField } from '../../components/target-preview/target-field';
import { useCatalog } from '../../i18n/texts';
import type { WelcomeDraft, WelcomeErrors } from './welcome-draft';
import { WelcomeLocalPicker } from './welcome-local-picker';

/** Optional: a device in the shop by host:port, and the people to call. Empty fields are skipped. */
export function WelcomeLocalStep({
  draft,
  errors,
  onChange,
}: {
  draft: WelcomeDraft;
  errors: WelcomeErrors;
  onChange(patch: Partial<WelcomeDraft>): void;
}) {
  const texts = useCatalog(welcomeTexts);
  return (
    <div className="welcome__fields">
      <WelcomeLocalPicker
        picked={draft.local}
        error={errors.local}
        onChange={(local) => onChange({ local })}
      />
      <h2>{texts.localHeading}</h2>
      <p>{texts.localIntro}</p>
      <TargetField
        label={texts.device}
        hint={texts.deviceHint}
        value={draft.device}
        error={errors.device}
        type="text"
        inputMode="text"
        onChange={(device) => onChange({ device })}
      />
      <h2>{texts.contactsHeading}</h2>
      <p>{texts.contactsIntro}</p>
      {WELCOME_CONTACT_ROLES.map((role) => (
        <fieldset key={role} className="welcome__contact">
          <legend>{texts.contactRole[role]}</legend>
          <TextField
            label={texts.contactName}
            value={draft.contacts[role].name}
            error={errors[`contact.${role}`]}
            onChange={(name) =>
              onChange({ contacts: { ...draft.contacts, [role]: { ...draft.contacts[role], name } } })
            }
          />
          <TextField
            label={texts.contactPhone}
            type="tel"
            value={draft.contacts[role].phone}
            onChange={(phone) =>
              onChange({ contacts: { ...draft.contacts, [role]: { ...draft.contacts[role], phone } } })
            }
          />
        </fieldset>
      ))}
    </div>
  );
}
