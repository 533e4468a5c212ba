import type { MessageAudience, MessageChannel } from '../../../../shared/messages/channels';
import { MESSAGE_AUDIENCES, channelsFor } from '../../../../shared/messages/channels';
import type { MessagePhase, MessageTone } from '../../../../shared/messages/message-types';
import { MESSAGE_PHASES, MESSAGE_TONES } from '../../../../shared/messages/message-types';
import { SelectField } from '../../../components/form/select-field';
import { useComposerTexts } from './use-composer-texts';

export interface Choice {
  audience: MessageAudience;
  channel: MessageChannel;
  phase: MessagePhase;
  tone: MessageTone;
}

/** The options in their order, each with the name the owner reads. */
function named<T extends string>(options: readonly T[], names: Record<T, string>) {
  return options.map((value) => ({ value, label: names[value] }));
}

/** Who, where, what and how: the audience as big buttons (the plan's order), the rest as plain lists. */
export function ComposerChoices({ choice, onChange }: { choice: Choice; onChange(choice: Choice): void }) {
  const texts = useComposerTexts();
  const pickAudience = (audience: MessageAudience) =>
    onChange({ ...choice, audience, channel: channelsFor(audience)[0] ?? choice.channel });
  return (
    <div className="composer__choices">
      <fieldset className="composer__audiences">
        <legend>{texts.audienceLabel}</legend>
        <div className="button-row">
          {MESSAGE_AUDIENCES.map((audience) => (
            <button
              key={audience}
              type="button"
              className={audience === choice.audience ? 'button button--primary' : 'button'}
              aria-pressed={audience === choice.audience}
              onClick={() => pickAudience(audience)}
            >
              {texts.audiences[audience]}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="composer__selects">
        <SelectField
          label={texts.channelLabel}
          value={choice.channel}
          choices={named(channelsFor(choice.audience), texts.channels)}
          onChange={(channel) => onChange({ ...choice, channel })}
        />
        <SelectField
          label={texts.phaseLabel}
          value={choice.phase}
          choices={named(MESSAGE_PHASES, texts.phases)}
          onChange={(phase) => onChange({ ...choice, phase })}
        />
        <SelectField
          label={texts.toneLabel}
          value={choice.tone}
          choices={named(MESSAGE_TONES, texts.tones)}
          onChange={(tone) => onChange({ ...choice, tone })}
        />
      </div>
    </div>
  );
}
