import { useState } from 'react';
import type { MessageChannel } from '../../../../shared/messages/channels';
import { findOverride } from '../../../../shared/messages/compose';
import type { MessagePhase, MessageVariables, MessageVoice } from '../../../../shared/messages/message-types';
import { textAsTemplate } from '../../../../shared/messages/own-wording';
import type { Settings, SettingsChange } from '../../../../shared/settings';
import { useComposerTexts } from './use-composer-texts';

interface OwnWordingProps {
  channel: MessageChannel;
  phase: MessagePhase;
  voice: MessageVoice;
  text: string;
  subject: string | null;
  variables: MessageVariables;
  settings: Settings;
  save(change: SettingsChange): Promise<boolean>;
}

/** Keeps the owner's edited text as their wording of this message (facts back as placeholders), or drops it. */
export function OwnWording(props: OwnWordingProps) {
  const texts = useComposerTexts();
  const [saved, setSaved] = useState(false);
  const { messages } = props.settings;
  const current = findOverride(messages.templates, props);
  const others = messages.templates.filter((entry) => entry !== current);

  const keep = async () => {
    const own = {
      channel: props.channel,
      phase: props.phase,
      voice: props.voice,
      text: textAsTemplate(props.text, props.variables),
      ...(props.subject ? { subject: textAsTemplate(props.subject, props.variables) } : {}),
    };
    setSaved(await props.save({ messages: { ...messages, templates: [...others, own] } }));
  };
  const reset = async () => {
    setSaved(false);
    await props.save({ messages: { ...messages, templates: others } });
  };

  return (
    <>
      <button type="button" className="button button--small" onClick={() => void keep()}>
        {texts.saveOwn}
      </button>
      {current && (
        <button type="button" className="button button--small" onClick={() => void reset()}>
          {texts.resetOwn}
        </button>
      )}
      {(saved || current) && <span className="muted">{saved ? texts.savedOwn : texts.ownInUse}</span>}
    </>
  );
}
