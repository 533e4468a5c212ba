import { useId, useMemo, useState } from 'react';
import { interpolate } from '../../../../shared/i18n/interpolate';
import type { MessageChannel } from '../../../../shared/messages/channels';
import { CHANNEL_AUDIENCE } from '../../../../shared/messages/channels';
import { composeMessage } from '../../../../shared/messages/compose';
import { messagePhaseFor } from '../../../../shared/messages/incident-message';
import { messageFacts } from '../../../../shared/messages/message-facts';
import { isCustomerFacing, nextUpdateDue } from '../../../../shared/messages/message-log';
import type { MessagePhase } from '../../../../shared/messages/message-types';
import { voiceOf } from '../../../../shared/messages/message-types';
import { messagePackFor } from '../../../../shared/messages/packs';
import type { Settings } from '../../../../shared/settings';
import { formatMoment } from '../../../format/time';
import { useLocale, useTexts } from '../../../i18n/texts';
import type { Choice } from './composer-choices';
import { ComposerChoices } from './composer-choices';
import { MessageCard } from './message-card';
import { OwnWording } from './own-wording';
import { useComposerTexts } from './use-composer-texts';
import type { MessageContext, MessageIncident } from './use-message-context';
import { useMessageContext } from './use-message-context';

function shareDetails(settings: Settings, website: string) {
  const { followUpdatesAt, email, socialAccounts } = settings.business;
  const link = /^https:\/\//i.test(followUpdatesAt)
    ? followUpdatesAt
    : website
      ? `https://${website}`
      : undefined;
  return {
    ...(link ? { link } : {}),
    ...(email ? { recipient: email } : {}),
    ...(socialAccounts.mastodon ? { mastodonHandle: socialAccounts.mastodon } : {}),
  };
}

function useFacts(context: MessageContext, incident: MessageIncident, settings: Settings, expected: string) {
  const locale = useLocale();
  const voice = voiceOf(locale);
  const variables = useMemo(
    () =>
      messageFacts({
        incident,
        monitors: context.monitors,
        settings,
        locale,
        pack: messagePackFor(voice),
        now: context.now,
        expectedResolution: expected,
      }),
    [incident, context.monitors, settings, locale, voice, context.now, expected],
  );
  return { voice, variables };
}

/**
 * The message composer: everything the owner needs to tell the team, the customers and social media,
 * already written from the incident and the business profile, one click from the clipboard.
 */
export function Composer({ incidentId }: { incidentId: string }) {
  const context = useMessageContext(incidentId);
  const texts = useComposerTexts();
  const headingId = useId();
  if (!context.incident || !context.settings || !context.logLoaded) return null;
  return (
    <section className="panel composer" aria-labelledby={headingId} data-testid="composer">
      <h2 id={headingId}>{texts.heading}</h2>
      <ComposerBody context={context} incident={context.incident} settings={context.settings} />
    </section>
  );
}

function ComposerBody({
  context,
  incident,
  settings,
}: {
  context: MessageContext;
  incident: MessageIncident;
  settings: Settings;
}) {
  const texts = useComposerTexts();
  const uiTexts = useTexts();
  const { language } = useLocale();
  const ids = useId();
  const sentToCustomers = context.log.some(isCustomerFacing);
  const [choice, setChoice] = useState<Choice>({
    audience: 'team',
    channel: 'team_chat',
    phase: messagePhaseFor(incident.phase, sentToCustomers),
    tone: 'calm',
  });
  const [expected, setExpected] = useState('');
  const { voice, variables } = useFacts(context, incident, settings, expected);
  const pack = messagePackFor(voice);
  const share = shareDetails(settings, variables.website ?? '');
  const time = (at: number) => formatMoment(at, context.now, language, uiTexts.time);
  const compose = (channel: MessageChannel, phase: MessagePhase) =>
    composeMessage({
      channel,
      phase,
      tone: choice.tone,
      voice,
      variables,
      overrides: settings.messages.templates,
    });

  const due = nextUpdateDue(incident.openedAt, context.log, settings.messages.cadenceMinutes);
  const lastPublic = context.log.filter(isCustomerFacing).at(-1);
  const usedChannels = [...new Set(context.log.filter(isCustomerFacing).map((entry) => entry.channel))];
  const card = (channel: MessageChannel, phase: MessagePhase) => (
    <MessageCard
      key={`${channel}/${phase}/${choice.tone}`}
      incidentId={incident.id}
      channel={channel}
      phase={phase}
      voice={voice}
      message={compose(channel, phase)}
      share={share}
      gapNames={pack.gaps}
      businessName={settings.business.name}
      onSent={() => void context.refreshLog()}
    >
      {({ text, subject }) => (
        <OwnWording
          channel={channel}
          phase={phase}
          voice={voice}
          text={text}
          subject={subject}
          variables={variables}
          settings={settings}
          save={context.saveSettings}
        />
      )}
    </MessageCard>
  );

  if (!context.open) {
    return (
      <div className="composer__resolved" role="region" aria-label={texts.resolvedOffer.title}>
        <h3>{texts.resolvedOffer.title}</h3>
        <p>{texts.resolvedOffer.body}</p>
        {(usedChannels.length > 0 ? usedChannels : (['team_chat'] as MessageChannel[])).map((channel) => (
          <div key={channel} className="composer__resolved-item">
            <h4>{texts.channels[channel]}</h4>
            {card(channel, 'resolved')}
          </div>
        ))}
      </div>
    );
  }

  return (
    <>
      <p>{texts.intro}</p>
      {context.now >= due && (
        <div className="composer__due" role="alert" data-testid="update-due">
          <h3>{texts.updateDue.title}</h3>
          <p>
            {lastPublic
              ? interpolate(texts.updateDue.body, { time: time(lastPublic.at) })
              : texts.updateDue.bodyFirst}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              const channel = lastPublic?.channel ?? 'x';
              setChoice({
                ...choice,
                audience: CHANNEL_AUDIENCE[channel],
                channel,
                phase: lastPublic ? 'update' : 'investigating',
              });
            }}
          >
            {texts.writeUpdate}
          </button>
        </div>
      )}
      <ComposerChoices choice={choice} onChange={setChoice} />
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-expected`}>
          {texts.expectedLabel}
        </label>
        <input
          className="field__input"
          id={`${ids}-expected`}
          type="text"
          value={expected}
          maxLength={60}
          aria-describedby={`${ids}-expected-hint`}
          onChange={(event) => setExpected(event.target.value)}
        />
        <p className="muted field__hint" id={`${ids}-expected-hint`}>
          {texts.expectedHint}
        </p>
      </div>
      {card(choice.channel, choice.phase)}
      <div className="composer__sent">
        <h3>{texts.sentHeading}</h3>
        {context.log.length === 0 ? (
          <p className="muted">{texts.sentNone}</p>
        ) : (
          <ul>
            {context.log.map((entry) => (
              <li key={entry.id}>
                {interpolate(texts.sentLine, {
                  channel: texts.channels[entry.channel],
                  time: time(entry.at),
                })}
              </li>
            ))}
          </ul>
        )}
        <p className="muted">{interpolate(texts.nextUpdate, { time: time(due) })}</p>
      </div>
    </>
  );
}
