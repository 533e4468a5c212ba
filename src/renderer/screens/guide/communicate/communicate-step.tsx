import { formatMoment } from '../../../format/time';
import { interpolate, useLocale, useTexts } from '../../../i18n/texts';
import type { StepProps } from '../guide-context';
import { Composer } from './composer';
import { useGuideTexts } from '../guide-context';
import { useSettings } from '../use-settings';

const MINUTE = 60_000;

/** Step 2: the messages, team first, then customers, then social media; what went out and what is due. */
export function CommunicateStep({ view, appState }: StepProps) {
  const texts = useGuideTexts().communicate;
  const ui = useTexts();
  const { language } = useLocale();
  const settings = useSettings();
  const now = appState.generatedAt;
  const sent = view.incident.timeline.filter((event) => event.type === 'message_sent');
  const lastSent = sent.at(-1);
  const cadence = settings?.messages.cadenceMinutes;
  const due = lastSent && cadence !== undefined ? lastSent.at + cadence * MINUTE : null;
  const open = view.incident.resolvedAt === null;
  return (
    <div className="guide-step__body">
      <p>{texts.intro}</p>
      <Composer incidentId={view.incident.id} />
      <section aria-labelledby="communicate-sent">
        <h3 id="communicate-sent">{texts.sentHeading}</h3>
        {sent.length === 0 ? (
          <p className="muted">{texts.noneSent}</p>
        ) : (
          <ul className="sent-list">
            {sent.map((event) => (
              <li key={`${event.at}-${event.text ?? ''}`}>
                {interpolate(texts.sentLine, {
                  time: formatMoment(event.at, now, language, ui.time),
                  text: event.text ?? '',
                })}
              </li>
            ))}
          </ul>
        )}
        {open && due !== null && (
          <p className={due <= now ? 'notice notice--warning' : 'muted'} data-testid="next-update">
            {due <= now
              ? texts.updateDue
              : interpolate(texts.nextUpdate, { time: formatMoment(due, now, language, ui.time) })}
          </p>
        )}
      </section>
    </div>
  );
}
