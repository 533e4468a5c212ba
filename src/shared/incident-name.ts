import type { Incident } from './incident';
import type { MonitorNames } from './incident-events';
import { incidentMonitorNames } from './incident-events';
import { incidentTimelineCatalogs } from './i18n/incident-timeline';
import { pickCatalog } from './i18n/interpolate';
import type { Locale } from './locale';
import { intlLocaleTag } from './locale';

/**
 * What an incident is called everywhere (window, notifications, `watch`): the names the owner gave its
 * monitors ("Webshop and Pinautomaat"), never the host or IP address they share; the internet connection
 * for the offline incident. A monitor deleted since keeps the name the timeline recorded.
 */
export function incidentName(
  incident: Pick<Incident, 'scope' | 'monitorIds'> & Partial<Pick<Incident, 'timeline'>>,
  liveNames: MonitorNames,
  locale: Locale,
): string {
  const texts = pickCatalog(incidentTimelineCatalogs, locale);
  if (incident.scope === 'offline') return texts.connection;
  const names = incidentMonitorNames({ timeline: incident.timeline ?? [] }, liveNames);
  const named = incident.monitorIds.map((id) => names.get(id) ?? texts.removedMonitor);
  if (named.length === 0) return texts.removedMonitor;
  return new Intl.ListFormat(intlLocaleTag(locale.language), { type: 'conjunction' }).format(named);
}
