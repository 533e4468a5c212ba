import type { ApiParsedRequest } from '../../shared/api-contract';
import type { CheckDetails } from '../../shared/check-result';
import { composerTexts } from '../../shared/i18n/composer';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { Incident } from '../../shared/incident';
import type { Locale } from '../../shared/locale';
import { CHANNEL_AUDIENCE } from '../../shared/messages/channels';
import type { MessageChannel } from '../../shared/messages/channels';
import { incidentMessage } from '../../shared/messages/incident-message';
import type { MessageLogEntry } from '../../shared/messages/message-log';
import { isCustomerFacing, nextUpdateDue } from '../../shared/messages/message-log';
import type { Monitor } from '../../shared/monitor';
import type { Settings } from '../../shared/settings';
import type { IncidentInputError, OwnerInput } from '../incidents';
import type { NotificationIntent } from '../service-contract';
import type { MessageLogRepository } from '../store/message-log-repository';

export interface MessageDeskDeps {
  log: MessageLogRepository;
  now(): number;
  settings(): Settings;
  locale(): Locale;
  monitors(): Monitor[];
  openIncidents(): Incident[];
  /** A resolved incident by id, or null when there is no such resolved incident. */
  resolvedIncident(id: string): Incident | null;
  applyOwnerInput(input: OwnerInput): { incident: Incident } | IncidentInputError;
  notify(notification: NotificationIntent): void;
}

/** What a timeline event about a message keeps beside its text: where it went, and whether by phone. */
function messageDetails(request: ApiParsedRequest<'messages.copied'>): CheckDetails {
  return {
    channel: request.channel,
    phase: request.phase,
    ...(request.fromPhone ? { fromPhone: true } : {}),
  };
}

/** The channel a reminder's ready-made update is written for when nothing went out yet: short, and public. */
const FIRST_CHANNEL: MessageChannel = 'x';

/**
 * The messages side of an incident: what was copied and sent (timeline and message log), and the
 * reminder that customers are due an update, with the update already written.
 */
export class MessageDesk {
  /** The due moment each open incident was last reminded of, so one due moment gives one reminder. */
  private readonly reminded = new Map<string, number>();

  constructor(private readonly deps: MessageDeskDeps) {}

  markSent(request: ApiParsedRequest<'messages.markSent'>): { incident: Incident } | IncidentInputError {
    const at = this.deps.now();
    const result = this.deps.applyOwnerInput({
      kind: 'add_event',
      at,
      incidentId: request.incidentId,
      type: 'message_sent',
      text: request.text,
      details: messageDetails(request),
    });
    // A resolved incident's timeline is closed, but its "solved" messages still belong in the log.
    const incident = 'error' in result ? this.deps.resolvedIncident(request.incidentId) : result.incident;
    if (incident === null) return 'error' in result ? result : { error: 'not_found' };
    this.deps.log.append({
      incidentId: request.incidentId,
      at,
      audience: CHANNEL_AUDIENCE[request.channel],
      channel: request.channel,
      language: request.voice,
      text: request.text,
    });
    return { incident };
  }

  copied(request: ApiParsedRequest<'messages.copied'>): { incident: Incident } | IncidentInputError {
    const texts = pickCatalog(composerTexts, this.deps.locale());
    return this.deps.applyOwnerInput({
      kind: 'add_event',
      at: this.deps.now(),
      incidentId: request.incidentId,
      type: 'message_copied',
      text: texts.messageNames[request.channel],
      details: messageDetails(request),
    });
  }

  entries(incidentId: string): MessageLogEntry[] {
    return this.deps.log.listByIncident(incidentId);
  }

  /** Looks at every open incident; called on the service's regular tick. */
  remindWhenDue(): void {
    const now = this.deps.now();
    const { cadenceMinutes } = this.deps.settings().messages;
    const open = this.deps.openIncidents();
    for (const id of this.reminded.keys()) {
      if (!open.some((incident) => incident.id === id)) this.reminded.delete(id);
    }
    for (const incident of open) {
      if (incident.phase === 'resolved') continue;
      const entries = this.entries(incident.id);
      const due = nextUpdateDue(incident.openedAt, entries, cadenceMinutes);
      if (now < due || this.reminded.get(incident.id) === due) continue;
      this.reminded.set(incident.id, due);
      this.deps.notify(this.reminder(incident, entries, now));
    }
  }

  private reminder(incident: Incident, entries: MessageLogEntry[], now: number): NotificationIntent {
    const locale = this.deps.locale();
    const monitors = this.deps.monitors();
    const lastPublic = entries.filter(isCustomerFacing).at(-1);
    const message = incidentMessage({
      incident,
      monitors,
      settings: this.deps.settings(),
      locale,
      now,
      channel: lastPublic?.channel ?? FIRST_CHANNEL,
      phase: lastPublic ? 'update' : 'investigating',
      tone: 'calm',
    });
    const names = monitors
      .filter((monitor) => incident.monitorIds.includes(monitor.id))
      .map((monitor) => monitor.name)
      .join(', ');
    const texts = pickCatalog(composerTexts, locale);
    return {
      kind: 'update_due',
      incidentId: incident.id,
      monitorId: null,
      step: 'communicate',
      title: interpolate(texts.notification.title, { name: names || texts.audiences.customers }),
      body: message.text,
      at: now,
    };
  }
}
