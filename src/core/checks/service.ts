import { askProbe } from './ask-probe';
import { beginCheck, probeUnavailable, unexpectedFailure } from './check-run';
import type { CheckFn } from './types';

export const checkService: CheckFn<'service'> = async (target, text, options, deps) => {
  const run = beginCheck('service', text, deps);
  const details = { serviceName: target.name };
  try {
    const services = await askProbe(() => deps.system.services([target.name]), options.timeoutMs);
    const wanted = target.name.toLowerCase();
    const service = services?.find((candidate) => candidate.name.toLowerCase() === wanted);
    // an answer that leaves this service out says nothing about it
    if (!service) return run.finish(probeUnavailable(details));
    return service.running
      ? run.finish({ status: 'up', cause: 'ok', details })
      : run.finish({ status: 'down', cause: 'service_stopped', details });
  } catch {
    return run.finish(unexpectedFailure(details));
  }
};
