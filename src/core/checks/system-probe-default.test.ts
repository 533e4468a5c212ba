import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSystemProbe, siProcesses } from './system-probe-default';

const probe = createSystemProbe();
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const moduleUrl = pathToFileURL(fileURLToPath(new URL('./system-probe-default.ts', import.meta.url))).href;

/** Runs the probe in a fresh node process whose PATH holds no tools at all (no ps, df, ip, systemctl). */
function probeWithoutTools(): Promise<Record<string, unknown>> {
  const script = `
    const { createSystemProbe, siProcesses, siServices } = await import(${JSON.stringify(moduleUrl)});
    const probe = createSystemProbe();
    console.log(JSON.stringify({
      siProcesses: await siProcesses(),
      siServices: await siServices(['cron']),
      services: await probe.services(['cron']),
      filesystems: await probe.filesystems(),
      defaultGateway: await probe.defaultGateway(),
    }));
  `;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: repoRoot, env: { PATH: '/nonexistent', HOME: process.env.HOME ?? '/tmp' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}'));
      },
    );
  });
}

describe('createSystemProbe on this machine', () => {
  it('lists running processes, this one among them', async () => {
    const list = await probe.processes();
    expect(list).not.toBeNull();
    const self = basename(process.execPath);
    expect(list!.some((entry) => entry.name === self || basename(entry.command) === self)).toBe(true);
  });

  it('lists processes through systeminformation too, where ps exists', async () => {
    const list = await siProcesses();
    expect(list).not.toBeNull();
    expect(list!.length).toBeGreaterThan(1);
  });

  it('lists filesystems, one of them holding /', async () => {
    const list = await probe.filesystems();
    expect(list).not.toBeNull();
    expect(list!.some((fs) => fs.mount === '/' && fs.sizeBytes > 0 && fs.availableBytes >= 0)).toBe(true);
  });

  it('answers services only where a service manager runs', async () => {
    const answer = await probe.services(['back-online-surely-absent']);
    const systemdRuns = await stat('/run/systemd/system').then(
      (found) => found.isDirectory(),
      () => false,
    );
    if (process.platform === 'linux' && !systemdRuns) expect(answer).toBeNull();
    else expect(answer).toEqual([{ name: 'back-online-surely-absent', running: false }]);
  });

  it('answers the default gateway as an address or null, without contacting it', async () => {
    const gateway = await probe.defaultGateway();
    expect(gateway === null || /^[0-9a-f.:%]+$/i.test(gateway)).toBe(true);
  });

  it('says "cannot tell" instead of "stopped" or "empty" when ps, df and ip are missing', async () => {
    const answers = await probeWithoutTools();
    expect(answers).toEqual({
      siProcesses: null,
      siServices: null,
      services: null,
      filesystems: null,
      defaultGateway: null,
    });
  });
});
