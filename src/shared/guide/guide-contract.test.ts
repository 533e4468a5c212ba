import { describe, expect, it } from 'vitest';
import { parseApiRequest } from '../api-contract';
import { configFileSchema } from '../settings';

const rejected = (channel: string, payload: unknown) => {
  const parsed = parseApiRequest(channel, payload);
  return parsed.ok ? null : parsed.error;
};

describe('the guide channels of the contract', () => {
  it('accepts the requests the guide makes', () => {
    expect(parseApiRequest('guide.get', { incidentId: 'i1' }).ok).toBe(true);
    expect(parseApiRequest('guide.setStep', { incidentId: 'i1', step: 'verify' }).ok).toBe(true);
    expect(
      parseApiRequest('guide.setChecklistItem', {
        incidentId: 'i1',
        item: 'identify_ask_team',
        done: true,
        note: 'Jan changed the theme',
      }).ok,
    ).toBe(true);
    expect(
      parseApiRequest('guide.recordFix', { incidentId: 'i1', fixId: 'restore_backup', outcome: 'worked' }).ok,
    ).toBe(true);
    expect(
      parseApiRequest('guide.supportRequestShared', { incidentId: 'i1', role: 'registrar', way: 'phone' }).ok,
    ).toBe(true);
    expect(parseApiRequest('guide.checkEverything', {}).ok).toBe(true);
    expect(parseApiRequest('guide.restart', { monitorId: 'm1' }).ok).toBe(true);
    expect(
      parseApiRequest('guide.resolve', { incidentId: 'i1', reason: 'Customers confirm it works' }).ok,
    ).toBe(true);
  });

  it('rejects unknown steps, fixes and outcomes by field', () => {
    expect(rejected('guide.setStep', { incidentId: 'i1', step: 'celebrate' })?.issues).toEqual([
      { path: 'step', code: 'invalid_value' },
    ]);
    expect(
      rejected('guide.recordFix', { incidentId: 'i1', fixId: 'format_disk', outcome: 'worked' })?.issues,
    ).toEqual([{ path: 'fixId', code: 'invalid_value' }]);
    expect(
      rejected('guide.supportRequestShared', { incidentId: 'i1', role: 'hosting', way: 'carrier_pigeon' })
        ?.issues,
    ).toEqual([{ path: 'way', code: 'invalid_value' }]);
    expect(
      rejected('guide.supportRequestShared', { incidentId: 'i1', role: 'supplier', way: 'email' })?.issues,
    ).toEqual([{ path: 'role', code: 'invalid_value' }]);
    expect(
      rejected('guide.recordFix', { incidentId: 'i1', fixId: 'restore_backup', outcome: 'maybe' })?.code,
    ).toBe('invalid_request');
    expect(rejected('guide.resolve', { incidentId: 'i1', reason: '   ' })?.issues).toEqual([
      { path: 'reason', code: 'too_small' },
    ]);
    expect(
      rejected('guide.saveReview', {
        incidentId: 'i1',
        answers: { whatCaused: '', wentWell: '', toImprove: '' },
        actionItems: Array.from({ length: 21 }, () => ({ text: 'x', done: false })),
      })?.issues,
    ).toEqual([{ path: 'actionItems', code: 'too_big' }]);
  });

  it('lets the window name only the monitor to restart, never a command', () => {
    expect(rejected('guide.restart', { monitorId: 'm1', command: ['rm', '-rf', '/'] })?.issues).toEqual([
      { path: '', code: 'unrecognized_keys' },
    ]);
    expect(rejected('guide.restart', { monitorId: 'm1', restartCommand: ['sh'] })?.code).toBe(
      'invalid_request',
    );
  });

  it('never accepts a restart command through the monitor channels', () => {
    const monitor = {
      name: 'Kassa',
      target: 'process://kassa',
      restartCommand: ['systemctl', 'restart', 'kassa'],
    };
    expect(rejected('monitors.create', monitor)?.issues).toEqual([{ path: '', code: 'unrecognized_keys' }]);
    expect(
      rejected('monitors.update', {
        id: 'm1',
        changes: { restartCommand: ['systemctl', 'restart', 'kassa'] },
      })?.issues,
    ).toEqual([{ path: 'changes', code: 'unrecognized_keys' }]);
    expect(rejected('settings.set', { monitors: [monitor] })?.code).toBe('invalid_request');
  });

  it('reads a restart command from the config file, for local programs and services only', () => {
    const kassa = {
      name: 'Kassa',
      target: 'process://kassa',
      restartCommand: ['systemctl', 'restart', 'kassa'],
    };
    expect(configFileSchema.parse({ monitors: [kassa] }).monitors[0]?.restartCommand).toEqual([
      'systemctl',
      'restart',
      'kassa',
    ]);
    const site = { ...kassa, target: 'https://shop.example.nl' };
    const parsed = configFileSchema.safeParse({ monitors: [site] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['monitors', 0, 'restartCommand'],
      message: 'restart_command_local_only',
    });
    expect(
      configFileSchema.safeParse({ monitors: [{ ...kassa, restartCommand: 'systemctl restart kassa' }] })
        .success,
    ).toBe(false);
  });
});
