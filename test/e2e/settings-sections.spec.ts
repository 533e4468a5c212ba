import { expect, test } from '@playwright/test';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import type { ShopWatch } from './web-mode-process';
import { startShopWatch } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

let watch: ShopWatch;

test.beforeAll(async () => {
  watch = await startShopWatch((shop) => [
    { name: 'Webshop', target: shop.url('/'), keyword: 'Welcome' },
    { name: 'Kassa', target: `127.0.0.1:${shop.port}` },
  ]);
});

test.afterAll(async () => {
  await watch?.stop();
});

/** What the app itself answers on a channel, read past the window. */
async function answer(channel: string): Promise<unknown> {
  const response = await fetch(`${watch.web.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Back-Online-Token': watch.web.token },
    body: '{}',
  });
  return ((await response.json()) as { value: unknown }).value;
}
const settingsFile = async () => (await answer('settings.get')) as Record<string, unknown>;
const webshop = async () =>
  ((await answer('monitors.list')) as { name: string }[]).find((monitor) => monitor.name === 'Webshop');

test('contacts, notifications, maintenance and reminders edited in Settings, each field explained', async ({
  page,
}) => {
  await page.goto(`${watch.web.url}#/settings`);
  const contacts = page.locator('section[aria-labelledby="settings-contacts"]');
  await expect(contacts.getByText('No one yet.')).toBeVisible();
  await contacts.getByRole('button', { name: 'Add a contact' }).click();
  await contacts.getByLabel('Who is this?').selectOption('hosting');
  await contacts.getByLabel('E-mail (optional)').fill('support@');
  await contacts.getByRole('button', { name: 'Save contact' }).click();
  await expect(contacts.getByText('Please fill this in.')).toBeVisible();
  await expect(contacts.getByText('Please type an e-mail address such as name@example.nl.')).toBeVisible();
  await contacts.getByLabel('Name', { exact: true }).fill('Hostnet');
  await contacts.getByLabel('E-mail (optional)').fill('support@hostnet.nl');
  await contacts.getByLabel('Phone (optional)').fill('020 123 4567');
  await contacts.getByLabel('Support page (optional)').fill('hostnet.nl/support');
  await contacts.getByRole('button', { name: 'Save contact' }).click();
  await expect(contacts.locator('[data-settings-contact="Hostnet"]')).toContainText('Hosting company');
  await contacts.getByRole('button', { name: 'Change: Hostnet' }).click();
  await contacts.getByLabel('Notes (optional)').fill('Customer number 4411');
  await contacts.getByRole('button', { name: 'Save contact' }).click();
  await expect(contacts.getByRole('button', { name: 'Change: Hostnet' })).toBeVisible();

  const notifications = page.locator('section[aria-labelledby="settings-notifications"]');
  await notifications.getByLabel('it works again').uncheck();
  await notifications.getByLabel('Quiet hours: no notifications at night').check();
  await notifications.getByLabel('Quiet from').fill('25:00');
  await notifications.getByRole('button', { name: 'Save notifications' }).click();
  await expect(notifications.getByText('Please type a time such as 09:00 or 17:30.')).toBeVisible();
  await notifications.getByLabel('Quiet from').fill('22:30');
  await notifications.getByRole('button', { name: 'Save notifications' }).click();
  await expect(notifications.getByText('Saved.')).toBeVisible();

  const maintenance = page.locator('section[aria-labelledby="settings-maintenance"]');
  await maintenance.getByRole('button', { name: 'Add planned maintenance' }).click();
  await maintenance.getByLabel('Sunday').check();
  await maintenance.getByLabel('From').fill('02:00');
  await maintenance.getByLabel('Until').fill('4 uur');
  await maintenance.getByLabel('Webshop').check();
  await maintenance.getByRole('button', { name: 'Save maintenance' }).click();
  await expect(maintenance.getByText('Please type a time such as 09:00 or 17:30.')).toBeVisible();
  await maintenance.getByLabel('Until').fill('04:00');
  await maintenance.getByRole('button', { name: 'Save maintenance' }).click();
  await expect(maintenance.getByText('Sunday, 02:00–04:00: Webshop')).toBeVisible();

  const messages = page.locator('section[aria-labelledby="settings-messages"]');
  await messages.getByLabel('Remind me to send an update every … minutes').fill('2');
  await messages.getByRole('button', { name: 'Save message settings' }).click();
  await expect(messages.getByText('Please use a number of at least 5.')).toBeVisible();
  await messages.getByLabel('Remind me to send an update every … minutes').fill('45');
  const hosting = messages.getByLabel('When the hosting company has a problem');
  await expect(messages.getByText('Empty: “a problem at our hosting company”.')).toBeVisible();
  await hosting.fill('x'.repeat(201));
  await messages.getByRole('button', { name: 'Save message settings' }).click();
  await expect(messages.getByText('Please make this shorter: at most 200 characters.')).toBeVisible();
  await hosting.fill('a fault at our web host');
  await messages.getByRole('button', { name: 'Save message settings' }).click();
  await expect(messages.getByText('Saved.')).toBeVisible();

  // Web mode runs in a browser: no start at login, no folders to open.
  await expect(page.getByRole('heading', { name: 'This computer' })).toHaveCount(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshotVariants(page, 'settings-sections-en');

  const saved = await settingsFile();
  expect(saved.contacts).toEqual([
    expect.objectContaining({
      role: 'hosting',
      name: 'Hostnet',
      email: 'support@hostnet.nl',
      phone: '020 123 4567',
      url: 'https://hostnet.nl/support',
      notes: 'Customer number 4411',
    }),
  ]);
  expect(saved.notifications).toEqual({
    enabled: true,
    kinds: { down: true, recovered: false, certificate_expiring: true, update_due: true },
    quietHours: { enabled: true, start: '22:30', end: '07:00' },
  });
  expect(saved.maintenanceWindows).toEqual([
    { days: [0], start: '02:00', end: '04:00', monitors: ['Webshop'] },
  ]);
  expect(saved.messages).toEqual(
    expect.objectContaining({
      cadenceMinutes: 45,
      publicDescriptions: { en: { hosting: 'a fault at our web host' }, nl: {} },
    }),
  );
});

test('a keyword removed in Settings is gone; history deleted after asking, in Dutch', async ({ page }) => {
  await page.goto(`${watch.web.url}#/settings`);
  await page.getByRole('button', { name: 'Change: Webshop' }).click();
  const form = page.locator('form.monitor-form');
  await expect(form.getByLabel('Text that must be on the page (optional)')).toHaveValue('Welcome');
  await form.getByLabel('Text that must be on the page (optional)').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  // Opened again at once, before the app's next state push: the form starts from what was just saved.
  await page.getByRole('button', { name: 'Change: Webshop' }).click();
  await expect(form.getByLabel('Text that must be on the page (optional)')).toHaveValue('');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(webshop).not.toHaveProperty('keyword');
  expect(await webshop()).toHaveProperty('target', watch.shop.url('/'));

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  const history = page.locator('section[aria-labelledby="settings-history"]');
  await history.getByRole('button', { name: 'Geschiedenis wissen' }).click();
  await expect(history.getByText('Dit kan niet ongedaan worden.', { exact: false })).toBeVisible();
  await screenshotVariants(page, 'settings-sections-nl');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await history.getByRole('button', { name: 'Ja, geschiedenis wissen' }).click();
  await expect(history.getByText('De geschiedenis is gewist.', { exact: false })).toBeVisible();
});
