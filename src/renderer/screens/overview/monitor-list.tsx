import { useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { MonitorItem } from './monitor-item';

export function MonitorList() {
  const texts = useTexts();
  const appState = useAppStore((state) => state.appState);
  const checking = useAppStore((state) => state.pending.checkAll);
  const checkAllNow = useAppStore((state) => state.checkAllNow);
  if (!appState || appState.monitors.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="monitors-heading">
      <div className="panel__header">
        <h2 id="monitors-heading">{texts.monitors.heading}</h2>
        <button type="button" className="button" disabled={checking} onClick={() => void checkAllNow()}>
          {checking ? texts.monitors.checkingAll : texts.monitors.checkAll}
        </button>
      </div>
      <ul className="monitor-list">
        {appState.monitors.map((entry) => (
          <MonitorItem key={entry.monitor.id} entry={entry} now={appState.generatedAt} />
        ))}
      </ul>
    </section>
  );
}
