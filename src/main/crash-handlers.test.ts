import { EventEmitter } from 'node:events';
import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../../test/support/memory-logger';
import { installCrashHandlers } from './crash-handlers';

function setUp(language: 'en' | 'nl' = 'en') {
  const logger = memoryLogger();
  const process = new EventEmitter();
  const app = new EventEmitter();
  const window = { reload: vi.fn(), isDestroyed: () => false } as unknown as WebContents;
  const told: { title: string; body: string }[] = [];
  installCrashHandlers({
    logger,
    process: process as unknown as NodeJS.Process,
    app: app as unknown as App,
    appWebContents: () => window,
    tellOwner: (notice) => told.push(notice),
    locale: () => ({ language, formality: 'informal' }),
  });
  return { logger, process, app, window, told };
}

describe('crash handlers', () => {
  it('log uncaught exceptions and unhandled rejections instead of losing them', () => {
    const { logger, process } = setUp();
    process.emit('uncaughtException', new TypeError('boom'));
    process.emit('unhandledRejection', new Error('nobody waited'));
    expect(logger.lines).toMatchObject([
      { level: 'error', event: 'uncaught_exception', fields: { error: 'TypeError', message: 'boom' } },
      { level: 'error', event: 'unhandled_rejection', fields: { message: 'nobody waited' } },
    ]);
  });

  it('reopen a crashed window and tell the owner in plain words', () => {
    const { logger, app, window, told } = setUp('nl');
    app.emit('render-process-gone', {}, window, { reason: 'crashed', exitCode: 139 });
    expect(window.reload).toHaveBeenCalledOnce();
    expect(told).toEqual([
      {
        title: 'Het venster van Back Online is opnieuw geopend',
        body: expect.stringContaining('stuur dan het logbestand naar wie Back Online voor je ondersteunt'),
      },
    ]);
    expect(logger.lines.map((line) => line.event)).toEqual(['render_process_gone', 'window_reloaded']);
  });

  it('log a page that is not the window, or a clean exit, without reloading or telling', () => {
    const { logger, app, window, told } = setUp();
    const other = { reload: vi.fn(), isDestroyed: () => false } as unknown as WebContents;
    app.emit('render-process-gone', {}, other, { reason: 'oom', exitCode: 1 });
    app.emit('render-process-gone', {}, window, { reason: 'clean-exit', exitCode: 0 });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 11, name: 'gpu' });
    expect(other.reload).not.toHaveBeenCalled();
    expect(window.reload).not.toHaveBeenCalled();
    expect(told).toEqual([]);
    expect(logger.lines).toMatchObject([
      { event: 'render_process_gone', fields: { reason: 'oom' } },
      { event: 'render_process_gone', fields: { reason: 'clean-exit' } },
      { event: 'child_process_gone', fields: { type: 'GPU', reason: 'crashed', exitCode: 11 } },
    ]);
  });
});
