import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type { Incident, IncidentPhase, UserEventType } from '../../shared/incident';
import { FakeClock } from '../../../test/support/fake-clock';
import type { IncidentBook } from './book';
import { emptyIncidentBook, openIncidents } from './book';
import { isIncidentInputError, reduceIncidents } from './reduce';
import { rehydrate } from './rehydrate';
import type {
  IncidentInput,
  IncidentInputError,
  IncidentReduction,
  MonitorDownInput,
  NotificationDraft,
} from './types';

/** Test support: drives the reducer through a story and keeps what a store and the shell would keep. */

export const START = new FakeClock().now();
export const MINUTE = 60_000;

export interface TestMonitor {
  monitorId: string;
  monitorName: string;
  target: string;
  host: string | null;
  remote: boolean;
}

export const shopHttp: TestMonitor = {
  monitorId: 'shop-http',
  monitorName: 'Webshop',
  target: 'https://shop.example.nl',
  host: 'shop.example.nl',
  remote: true,
};
export const shopTls: TestMonitor = {
  monitorId: 'shop-tls',
  monitorName: 'Webshop certificate',
  target: 'tls://shop.example.nl',
  host: 'shop.example.nl',
  remote: true,
};
export const shopCheckout: TestMonitor = {
  monitorId: 'shop-checkout',
  monitorName: 'Checkout',
  target: 'https://www.shop.example.nl/checkout',
  host: 'www.shop.example.nl',
  remote: true,
};
export const blogHttp: TestMonitor = {
  monitorId: 'blog-http',
  monitorName: 'Blog',
  target: 'https://blog.example.org',
  host: 'blog.example.org',
  remote: true,
};
export const printSpooler: TestMonitor = {
  monitorId: 'print-spooler',
  monitorName: 'Printer',
  target: 'process://spoolsv',
  host: null,
  remote: false,
};
export const localDatabase: TestMonitor = {
  monitorId: 'local-db',
  monitorName: 'Database',
  target: 'tcp://127.0.0.1:5432',
  host: '127.0.0.1',
  remote: false,
};

export function down(
  monitor: TestMonitor,
  at: number,
  options: { cause?: CauseCode; details?: CheckDetails; duringSnooze?: boolean } = {},
): MonitorDownInput {
  return {
    kind: 'monitor_down',
    at,
    ...monitor,
    cause: options.cause ?? 'http_server_error',
    details: options.details ?? { statusCode: 500 },
    duringSnooze: options.duringSnooze ?? false,
  };
}

export function up(monitor: TestMonitor, at: number): IncidentInput {
  return { kind: 'monitor_up', at, monitorId: monitor.monitorId };
}

export function setPhase(incidentId: string, at: number, phase: IncidentPhase): IncidentInput {
  return { kind: 'set_phase', at, incidentId, phase };
}

export function addEvent(incidentId: string, at: number, type: UserEventType, text: string): IncidentInput {
  return { kind: 'add_event', at, incidentId, type, text };
}

export class Scenario {
  book: IncidentBook = emptyIncidentBook();
  readonly notifications: NotificationDraft[] = [];
  /** Every incident as a store that appends `appended` to what it had would hold it. */
  readonly stored = new Map<string, Incident>();
  private nextId = 1;
  readonly ctx = { newId: () => `incident-${this.nextId++}` };

  /** A scenario picking up after a restart, from incidents as the store gives them back. */
  static restoredFrom(incidents: Incident[]): Scenario {
    const scenario = new Scenario();
    scenario.book = rehydrate(incidents);
    for (const incident of incidents) scenario.stored.set(incident.id, incident);
    scenario.nextId = incidents.length + 1;
    return scenario;
  }

  apply(input: IncidentInput): IncidentReduction {
    const result = this.attempt(input);
    if (isIncidentInputError(result)) throw new Error(`unexpected ${result.error} for ${input.kind}`);
    return result;
  }

  attempt(input: IncidentInput): IncidentReduction | IncidentInputError {
    const result = reduceIncidents(this.book, input, this.ctx);
    if (isIncidentInputError(result)) return result;
    for (const { incident, appended } of result.changed) {
      const before = this.stored.get(incident.id)?.timeline ?? [];
      const rebuilt = [...before, ...appended];
      if (JSON.stringify(rebuilt) !== JSON.stringify(incident.timeline)) {
        throw new Error(`appended events of ${incident.id} do not extend the stored timeline`);
      }
      this.stored.set(incident.id, incident);
    }
    this.book = result.book;
    this.notifications.push(...result.notifications);
    return result;
  }

  open(): Incident[] {
    return openIncidents(this.book);
  }

  onlyOpen(): Incident {
    const open = this.open();
    if (open.length !== 1) throw new Error(`expected one open incident, found ${open.length}`);
    return open[0] as Incident;
  }

  incident(id: string): Incident {
    const incident = this.stored.get(id);
    if (!incident) throw new Error(`no incident ${id}`);
    return incident;
  }

  notificationKinds(): string[] {
    return this.notifications.map((notification) => notification.kind);
  }
}

export function eventTypes(incident: Incident): string[] {
  return incident.timeline.map((event) => event.type);
}
