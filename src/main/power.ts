import { powerMonitor } from 'electron';
import type { BackOnlineService } from '../core/service-contract';

/**
 * Tells the service when the computer sleeps and wakes, so checks that straddle a sleep are not read as
 * outages and alerts wait out the resume grace period. Returns the unsubscribe function.
 */
export function watchPower(
  service: Pick<BackOnlineService, 'systemSuspended' | 'systemResumed'>,
): () => void {
  const suspended = () => service.systemSuspended();
  const resumed = () => service.systemResumed();
  powerMonitor.on('suspend', suspended);
  powerMonitor.on('resume', resumed);
  return () => {
    powerMonitor.removeListener('suspend', suspended);
    powerMonitor.removeListener('resume', resumed);
  };
}
