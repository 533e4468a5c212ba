import type { Incident } from '../../shared/incident';
import type { MonitorNames } from '../../shared/incident-events';
import { incidentTimelineCatalogs } from '../../shared/i18n/incident-timeline';
import { pickCatalog } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';

/**
 * What the incident is about, in a few words: the host its monitors share (`shop.example.nl`), the
 * monitor's name when it stands alone, or the internet connection. Group keys are `<kind>:<subject>`,
 * where a subject that is a monitor id stands for that monitor.
 */
export function incidentGroupLabel(
  incident: Pick<Incident, 'groupKey' | 'scope'>,
  names: MonitorNames,
  locale: Locale,
): string {
  if (incident.scope === 'offline') return pickCatalog(incidentTimelineCatalogs, locale).connection;
  const separator = incident.groupKey.indexOf(':');
  const groupSubject = separator < 0 ? incident.groupKey : incident.groupKey.slice(separator + 1);
  return names.get(groupSubject) ?? groupSubject;
}
