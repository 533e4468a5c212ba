import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** From spawn to exit, start-up included. */
  elapsedMs: number;
}

/** The test's own Node first on PATH, no colour or locale leaking in from the machine, English unless told. */
export function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS'])
    delete env[name];
  return { ...env, LANG: 'en_US.UTF-8', ...extra };
}

function run(command: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // a hung command line must fail its test, not the whole run
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', (error) => {
      clearTimeout(killer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, elapsedMs: performance.now() - started });
    });
  });
}

/** `back-online` from the sources, through tsx, as `npm run cli` runs it. */
export function runSourceCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/index.ts', ...args], env);
}

/** The built `back-online` command: bin/back-online.mjs on plain Node, loading out/cli/index.js. */
export function runBuiltCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return run(process.execPath, [join(ROOT, 'bin', 'back-online.mjs'), ...args], env);
}
