import type { CheckDetails, CheckResult } from '../../shared/check-result';
import type { Diagnosis } from '../../shared/diagnosis';
import { describeCause } from '../../shared/diagnosis';
import type { Locale } from '../../shared/locale';
import type { Target } from '../../shared/target';
import { isRemoteTarget, parseTarget } from '../../shared/target';
import { portOfUrl } from '../checks/url-port';

export interface DiagnoseContext {
  /** The machine's own internet connection is down, so remote results say nothing about the target. */
  offline?: boolean;
}

/** What the target itself tells the texts, for details a check left out. */
function targetFacts(target: Target | null, text: string): CheckDetails {
  if (target === null) return { target: text };
  switch (target.kind) {
    case 'http':
      return { target: text, host: target.host, port: portOfUrl(new URL(target.url)) };
    case 'tls':
    case 'tcp':
      return { target: text, host: target.host, port: target.port };
    case 'dns':
      return { target: text, host: target.name };
    case 'process':
      return { target: text, processName: target.name };
    case 'service':
      return { target: text, serviceName: target.name };
    case 'disk':
      return { target: text, mount: target.path };
  }
}

/** Turns one check result into one cause and the plain-language texts the owner reads. */
export function diagnose(result: CheckResult, locale: Locale, context: DiagnoseContext = {}): Diagnosis {
  const parsed = parseTarget(result.target);
  const target = parsed.ok ? parsed.target : null;
  const offline =
    context.offline === true && result.status !== 'up' && target !== null && isRemoteTarget(target);
  const cause = offline ? 'local_offline' : result.cause;
  const status = offline ? 'unknown' : result.status;
  const details: CheckDetails = {
    ...targetFacts(target, result.target),
    durationMs: result.durationMs,
    ...result.details,
  };
  return { cause, status, ...describeCause(cause, details, locale) };
}
