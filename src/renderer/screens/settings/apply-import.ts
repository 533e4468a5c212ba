import type { BackOnlineApi } from '../../../shared/api-contract';
import type { ImportPlan } from '../../../shared/settings-transfer';
import { withClearedFields } from './monitor-form-values';

/** Settings first, then the monitors (a changed one becomes exactly as in the file); stops at the first refusal so the owner sees what failed. */
export async function applyImport(api: BackOnlineApi, plan: ImportPlan): Promise<boolean> {
  const steps = [
    () => api['settings.set'](plan.settings),
    ...plan.add.map((monitor) => () => api['monitors.create'](monitor)),
    ...plan.change.map(
      ({ id, monitor }) =>
        () =>
          api['monitors.update']({ id, changes: withClearedFields(monitor) }),
    ),
    ...plan.remove.map(
      ({ id }) =>
        () =>
          api['monitors.delete']({ id }),
    ),
  ];
  for (const step of steps) if (!(await step()).ok) return false;
  return true;
}
