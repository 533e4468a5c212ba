import type { Mock } from 'vitest';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationIntent } from '../core/service-contract';
import type { WindowRoute } from '../shared/window-route';
import { appState, FakeService } from './testing/fake-service';

const fakes = vi.hoisted(() => ({
  shown: [] as { options: { title: string; body: string }; listeners: Map<string, () => void> }[],
  supported: true,
}));

vi.mock('electron', () => {
  class Notification {
    static isSupported() {
      return fakes.supported;
    }
    listeners = new Map<string, () => void>();
    constructor(readonly options: { title: string; body: string }) {}
    on(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    show() {
      fakes.shown.push(this);
    }
  }
  return { Notification };
});

const { notificationKey, startNotifications } = await import('./notifications');

const NOW = 1_750_000_000_000;

function intent(overrides: Partial<NotificationIntent> = {}): NotificationIntent {
  return {
    kind: 'down',
    incidentId: 'inc-1',
    monitorId: 'shop',
    title: 'Webshop is down',
    body: 'The server answers with an error. Click to see what to do.',
    at: NOW,
    ...overrides,
  };
}

/** Lets the notifier's settings lookup finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let service: FakeService;
let openWindow: Mock<(route: WindowRoute) => void>;
let stop: () => void;

beforeEach(() => {
  fakes.shown.length = 0;
  fakes.supported = true;
  service = new FakeService(appState());
  openWindow = vi.fn<(route: WindowRoute) => void>();
  stop = startNotifications({ service, openWindow, now: () => NOW });
});

describe('notifications', () => {
  it('shows the texts the service gives', async () => {
    service.notify(intent());
    await settle();
    expect(fakes.shown.map((n) => n.options)).toEqual([
      { title: 'Webshop is down', body: 'The server answers with an error. Click to see what to do.' },
    ]);
  });

  it('never shows the same incident and kind twice, even when the service repeats it', async () => {
    service.notify(intent());
    service.notify(intent());
    await settle();
    service.notify(intent({ title: 'Webshop is still down' }));
    await settle();
    expect(fakes.shown).toHaveLength(1);

    service.notify(intent({ kind: 'recovered', title: 'Webshop works again' }));
    service.notify(intent({ incidentId: 'inc-2' }));
    await settle();
    expect(fakes.shown.map((n) => n.options.title)).toEqual([
      'Webshop is down',
      'Webshop works again',
      'Webshop is down',
    ]);
  });

  it("shows each monitor that joins an incident once, beside the incident's own down", async () => {
    service.notify(intent());
    const joined = (monitorId: string, title: string) => intent({ kind: 'joined', monitorId, title });
    service.notify(joined('pin', 'Pinautomaat is down too'));
    service.notify(joined('pin', 'Pinautomaat is down too'));
    service.notify(joined('mail', 'Mail is down too'));
    await settle();
    expect(fakes.shown.map((n) => n.options.title)).toEqual([
      'Webshop is down',
      'Pinautomaat is down too',
      'Mail is down too',
    ]);
  });

  it('keys notifications without an incident on their monitor, then their text', () => {
    expect(notificationKey(intent({ incidentId: null, kind: 'certificate_expiring' }))).toBe(
      'certificate_expiring:shop',
    );
    expect(
      notificationKey(
        intent({ incidentId: null, monitorId: null, kind: 'online', title: 'Online', body: 'Back' }),
      ),
    ).toBe('online:Online\nBack');
  });

  it('stays silent while alerts are snoozed, and lets a repeat through once the snooze is over', async () => {
    service.state = appState({ snoozedUntil: NOW + 60_000 });
    service.notify(intent());
    await settle();
    expect(fakes.shown).toHaveLength(0);

    service.state = appState({ snoozedUntil: NOW - 1 });
    service.notify(intent());
    await settle();
    expect(fakes.shown).toHaveLength(1);
  });

  it('stays silent when the owner switched notifications off', async () => {
    service.settings = {
      ...service.settings,
      notifications: { ...service.settings.notifications, enabled: false },
    };
    service.notify(intent());
    await settle();
    expect(fakes.shown).toHaveLength(0);
    expect(service.calls.map((call) => call.channel)).toEqual(['settings.get']);
  });

  it('stays silent for a kind the owner switched off, and shows the others', async () => {
    const { notifications } = service.settings;
    service.settings = {
      ...service.settings,
      notifications: { ...notifications, kinds: { ...notifications.kinds, down: false } },
    };
    service.notify(intent({ kind: 'down' }));
    await settle();
    expect(fakes.shown).toHaveLength(0);
    service.notify(intent({ kind: 'recovered' }));
    await settle();
    expect(fakes.shown).toHaveLength(1);
  });

  it('shows nothing where the system has no notifications', async () => {
    fakes.supported = false;
    service.notify(intent());
    await settle();
    expect(fakes.shown).toHaveLength(0);
  });

  it('opens the window at the incident when clicked, or at home without one', async () => {
    service.notify(intent({ incidentId: 'inc-42' }));
    service.notify(intent({ kind: 'online', incidentId: null, monitorId: null, title: 'Online again' }));
    await settle();
    fakes.shown[0]?.listeners.get('click')?.();
    expect(openWindow).toHaveBeenLastCalledWith({ page: 'incident', incidentId: 'inc-42' });
    fakes.shown[1]?.listeners.get('click')?.();
    expect(openWindow).toHaveBeenLastCalledWith({ page: 'home' });
  });

  it('shows every due update reminder once, and opens the guide at its communicate step', async () => {
    const reminder = intent({
      kind: 'update_due',
      step: 'communicate',
      title: 'Time for an update: Webshop',
    });
    service.notify(reminder);
    service.notify(reminder);
    service.notify({ ...reminder, at: NOW + 30 * 60_000 });
    await settle();
    expect(fakes.shown.map((n) => n.options.title)).toEqual([
      'Time for an update: Webshop',
      'Time for an update: Webshop',
    ]);
    fakes.shown[0]?.listeners.get('click')?.();
    expect(openWindow).toHaveBeenLastCalledWith({
      page: 'incident',
      incidentId: 'inc-1',
      step: 'communicate',
    });
  });

  it('unsubscribes', async () => {
    stop();
    service.notify(intent());
    await settle();
    expect(fakes.shown).toHaveLength(0);
    expect(service.listenerCounts.notifications).toBe(0);
  });
});
