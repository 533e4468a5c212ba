import { IncidentList } from './incident-list';
import { MonitorList } from './monitor-list';
import { SnoozePanel } from './snooze-panel';
import { StatusBanner } from './status-banner';

/** What is going on right now: the banner first, then the details it sums up. */
export function OverviewScreen() {
  return (
    <div className="overview">
      <StatusBanner />
      <div className="overview__columns">
        <MonitorList />
        <aside className="overview__side">
          <IncidentList />
          <SnoozePanel />
        </aside>
      </div>
    </div>
  );
}
