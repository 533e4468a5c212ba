import { beginCheck, unexpectedFailure } from './check-run';
import { factsOfDnsFailure } from './connection-phase';
import { DnsLookupError, resolveAddresses } from './resolve';
import type { CheckFn } from './types';

/** Resolves the name's A and AAAA records, through `options.resolver` when given, else the OS. */
export const checkDns: CheckFn<'dns'> = async (target, text, options, deps) => {
  const run = beginCheck('dns', text, deps);
  const base = { name: target.name, resolver: options.resolver ?? 'system' };
  try {
    const { ipv4, ipv6 } = await resolveAddresses(target.name, options.resolver, options.timeoutMs);
    return run.finish({
      status: 'up',
      cause: 'ok',
      details: {
        ...base,
        addresses: [...ipv4, ...ipv6].join(', '),
        ipv4: ipv4.length,
        ipv6: ipv6.length,
      },
      timings: { dns: run.elapsed() },
    });
  } catch (error) {
    if (!(error instanceof DnsLookupError)) return run.finish(unexpectedFailure(base));
    const { cause, ...dnsFacts } = factsOfDnsFailure(error);
    return run.finish({
      status: 'down',
      cause,
      details: { ...base, ...dnsFacts },
      timings: { dns: run.elapsed() },
    });
  }
};
