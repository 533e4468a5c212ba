import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api-contract';
import type { Locale } from '../../shared/locale';
import { ErrorNotice } from '../components/error-notice';
import { MonitorSection } from '../screens/settings/monitor-section';
import { renderInLocale } from '../test-support/render-in-locale';

afterEach(cleanup);

const DATABASE = '/home/bakker/.config/back-online/back-online.db';
const DISK_FULL: ApiError = { code: 'storage_failed', storage: { problem: 'disk_full', path: DATABASE } };

const LOCALES: [Locale, RegExp][] = [
  [{ language: 'en', formality: 'formal' }, /^The disk that holds .+ is full.*Free up space/],
  [{ language: 'nl', formality: 'formal' }, /^De schijf met .+ is vol.*die u niet meer nodig hebt/],
  [{ language: 'nl', formality: 'informal' }, /^De schijf met .+ is vol.*die je niet meer nodig hebt/],
];

describe('a disk that refused, told where and what to do', () => {
  it.each(LOCALES)('the notice over every screen names the file (%o)', async (locale, words) => {
    const { bridge, store } = renderInLocale(<ErrorNotice />, locale);
    bridge.respond('monitoring.snooze', () => ({ ok: false, error: DISK_FULL }));
    await store.getState().snooze('1h');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(DATABASE);
    expect(alert.textContent).toMatch(words);
  });

  it('keeps the general words when the app could not say which file', async () => {
    const { bridge, store } = renderInLocale(<ErrorNotice />);
    bridge.respond('monitoring.snooze', () => ({ ok: false, error: { code: 'storage_failed' } }));
    await store.getState().snooze('1h');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Back Online could not save that\./);
  });

  it('the form adding a monitor says the disk is full instead of "check the fields in red"', async () => {
    const { bridge } = renderInLocale(<MonitorSection />);
    bridge.respond('monitors.create', () => ({ ok: false, error: DISK_FULL }));
    fireEvent.click(screen.getByRole('button', { name: 'Add something to watch' }));
    fireEvent.change(screen.getByLabelText('Name', { exact: true }), { target: { value: 'Kassa' } });
    fireEvent.change(screen.getByLabelText('Address'), { target: { value: 'tcp://127.0.0.1:9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `The disk that holds ${DATABASE} is full, so Back Online cannot save anything. Free up space (empty the recycle bin, remove large files you no longer need), then try again.`,
    );
    expect(bridge.calls.filter((call) => call.channel === 'monitors.create')).toHaveLength(1);
  });
});
