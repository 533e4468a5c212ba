import { useId } from 'react';
import type { MessageAudience, MessageChannel } from '../../../../shared/messages/channels';
import { MESSAGE_AUDIENCES, channelsFor } from '../../../../shared/messages/channels';
import type { MessagePhase, MessageTone } from '../../../../shared/messages/message-types';
import { MESSAGE_PHASES, MESSAGE_TONES } from '../../../../shared/messages/message-types';
import { useComposerTexts } from './use-composer-texts';

export interface Choice {
  audience: MessageAudience;
  channel: MessageChannel;
  phase: MessagePhase;
  tone: MessageTone;
}

interface ChoiceSelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  names: Record<T, string>;
  onChange(value: T): void;
}

function ChoiceSelect<T extends string>({ label, value, options, names, onChange }: ChoiceSelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        className="field__input"
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {names[option]}
          </option>
        ))}
      </select>
    </div>
  );
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
        <ChoiceSelect
          label={texts.channelLabel}
          value={choice.channel}
          options={channelsFor(choice.audience)}
          names={texts.channels}
          onChange={(channel) => onChange({ ...choice, channel })}
        />
        <ChoiceSelect
          label={texts.phaseLabel}
          value={choice.phase}
          options={MESSAGE_PHASES}
          names={texts.phases}
          onChange={(phase) => onChange({ ...choice, phase })}
        />
        <ChoiceSelect
          label={texts.toneLabel}
          value={choice.tone}
          options={MESSAGE_TONES}
          names={texts.tones}
          onChange={(tone) => onChange({ ...choice, tone })}
        />
      </div>
    </div>
  );
}
