import { useMemo } from 'react';
import type { CauseCode } from '../../../../shared/cause-codes';
import type { CheckDetails } from '../../../../shared/check-result';
import { fixGuide } from '../../../../shared/guide/fix-guides';
import { useLocale } from '../../../i18n/texts';
import { EarlierRecoveryNote } from '../earlier-recovery-note';
import type { StepProps } from '../guide-context';
import { useAffectedMonitors, useGuideTexts } from '../guide-context';
import { useSettings } from '../use-settings';
import { ContactsCard } from './contacts-card';
import { FixGuideList } from './fix-guide-list';
import { RestartPanel } from './restart-panel';
import { SupportRequestPanel } from './support-request-panel';

/** Step 3: the fix guide for each cause the affected monitors have, who to call, and a restart button. */
export function FixStep({ view, appState }: StepProps) {
  const texts = useGuideTexts().fix;
  const locale = useLocale();
  const settings = useSettings();
  const monitors = useAffectedMonitors(view, appState);
  const { incident } = view;
  const guides = useMemo(() => {
    const causes = new Map<CauseCode, CheckDetails>();
    for (const entry of monitors)
      if (entry.status !== 'up' && !causes.has(entry.cause))
        causes.set(entry.cause, entry.lastResult?.details ?? incident.details);
    if (causes.size === 0) causes.set(incident.cause, incident.details);
    return [...causes].map(([cause, details]) => fixGuide(cause, details, locale));
  }, [monitors, incident, locale]);
  const restartable = monitors.filter((entry) => view.restartableMonitorIds.includes(entry.monitor.id));
  const contactRole = guides.find((guide) => guide.contactRole !== null)?.contactRole ?? null;
  const contact = settings?.contacts.find((entry) => entry.role === contactRole) ?? null;
  return (
    <div className="guide-step__body">
      <EarlierRecoveryNote view={view} />
      {restartable.map((entry) => (
        <RestartPanel key={entry.monitor.id} entry={entry} />
      ))}
      <section aria-labelledby="fix-guide">
        <h3 id="fix-guide">{texts.guideHeading}</h3>
        {guides.map((guide) => (
          <FixGuideList key={guide.cause} guide={guide} view={view} now={appState.generatedAt} />
        ))}
      </section>
      {contactRole !== null && <ContactsCard role={contactRole} settings={settings} />}
      {contactRole !== null && (
        <SupportRequestPanel
          view={view}
          appState={appState}
          settings={settings}
          role={contactRole}
          contact={contact}
        />
      )}
    </div>
  );
}
