import { describe, expect, it } from 'vitest';
import { RESTART_OUTPUT_LINES } from '../../shared/guide/restart-outcome';
import { runRestartCommand } from './restart-command';

const node = (script: string) => [process.execPath, '-e', script];

describe('a restart command', () => {
  it('runs as an argument list and reports its exit code and last lines of output', async () => {
    const run = await runRestartCommand(
      node(
        'for (let i = 1; i <= 15; i++) console.log("line " + i); console.error("stopping kassa"); process.exit(3)',
      ),
      { timeoutMs: 20_000 },
    );
    expect(run.result).toBe('ran');
    expect(run.exitCode).toBe(3);
    expect(run.outputTail).toHaveLength(RESTART_OUTPUT_LINES);
    expect(run.outputTail.at(-1)).toBe('stopping kassa');
    expect(run.outputTail).toContain('line 15');
    expect(run.outputTail).not.toContain('line 5');
  });

  it('passes shell characters through as plain text instead of interpreting them', async () => {
    const run = await runRestartCommand(
      [process.execPath, '-e', 'console.log(process.argv.slice(1).join("|"))', '$(echo hacked); ls', '`id`'],
      { timeoutMs: 20_000 },
    );
    expect(run.outputTail).toEqual(['$(echo hacked); ls|`id`']);
  });

  it('stops a command that hangs at the timeout', async () => {
    const run = await runRestartCommand(node('console.log("waiting"); setInterval(() => {}, 1000)'), {
      timeoutMs: 1_000,
    });
    expect(run.result).toBe('timed_out');
    expect(run.exitCode).toBeNull();
    expect(run.durationMs).toBeGreaterThanOrEqual(1_000);
    // the promised deadline is the timeout; the rest is process start-up and teardown on a busy machine
    expect(run.durationMs).toBeLessThan(15_000);
  });

  it('reports a program that does not exist as not started', async () => {
    const run = await runRestartCommand(['back-online-no-such-program'], { timeoutMs: 5_000 });
    expect(run).toMatchObject({ result: 'not_started', exitCode: null, outputTail: [] });
  });
});
