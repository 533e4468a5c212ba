import type { CheckDetails } from '../../shared/check-result';
import { describeCause } from '../../shared/diagnosis';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { NotificationTexts } from '../../shared/i18n/notifications';
import { groupedNotificationCatalogs } from '../../shared/i18n/notifications-grouped';
import { notificationCatalogs } from '../../shared/i18n/notifications';
import type { Locale } from '../../shared/locale';
import { intlLocaleTag } from '../../shared/locale';
import type { NotificationIntent } from '../service-contract';
import { RECOVERY_WINDOW_MS } from './rules';
import type { NotificationDraft } from './types';

/**
 * Turns a draft from the reducer into the translated notification the shell shows. `incidentNames` are
 * the names of every monitor in the draft's incident, so a notification about one of several says so.
 */
export function renderNotification(
  draft: NotificationDraft,
  monitorName: string | null,
  locale: Locale,
  incidentNames: readonly string[] = [],
): NotificationIntent {
  const texts = pickCatalog(notificationCatalogs, locale);
  const name = monitorName?.trim() || texts.unnamedMonitor;
  const list = (names: readonly string[]) =>
    new Intl.ListFormat(intlLocaleTag(locale.language), { type: 'conjunction' }).format(names);
  const others = incidentNames.filter((other) => other !== name);
  const { title, body } = textsFor(draft, texts, locale, {
    others: others.length,
    all: incidentNames.length,
  });
  const params = {
    name,
    others: list(others),
    names: list(incidentNames),
    minutes: Math.round(RECOVERY_WINDOW_MS / 60_000),
    reason: draft.kind === 'down' || draft.kind === 'joined' ? causeHeadline(draft, locale) : undefined,
  };
  return {
    kind: draft.kind,
    incidentId: draft.incidentId,
    monitorId: draft.monitorId,
    title: interpolate(title, params),
    body: interpolate(body, params),
    at: draft.at,
  };
}

/** The diagnosis headline, so a notification names the cause in the same words as the window. */
function causeHeadline(draft: NotificationDraft, locale: Locale): string {
  return describeCause(draft.cause, draft.details, locale).title.replace(/[.!?]+$/, '');
}

function textsFor(
  draft: NotificationDraft,
  texts: NotificationTexts,
  locale: Locale,
  counts: { others: number; all: number },
): { title: string; body: string } {
  const grouped = pickCatalog(groupedNotificationCatalogs, locale);
  switch (draft.kind) {
    case 'down':
      return texts.down;
    case 'joined':
      return counts.others > 0 ? grouped.joined : texts.down;
    case 'recovered':
      return counts.all > 1 ? grouped.recoveredAll : texts.recovered;
    case 'offline':
      return texts.offline;
    case 'online':
      return texts.online;
    case 'certificate_expiring':
      return {
        title: texts.certificateExpiring.title,
        body: texts.certificateExpiring.body.replace('{when}', certificateWhen(draft.details, texts, locale)),
      };
  }
}

function certificateWhen(details: CheckDetails, texts: NotificationTexts, locale: Locale): string {
  const { whenDays, whenOneDay, whenToday, whenSoon } = texts.certificateExpiring;
  const daysLeft = details.daysLeft;
  if (typeof daysLeft !== 'number' || !Number.isFinite(daysLeft)) return whenSoon;
  const days = Math.floor(daysLeft);
  if (days <= 0) return whenToday;
  if (days === 1) return whenOneDay;
  const formatted = new Intl.NumberFormat(intlLocaleTag(locale.language)).format(days);
  return interpolate(whenDays, { daysLeft: formatted });
}
