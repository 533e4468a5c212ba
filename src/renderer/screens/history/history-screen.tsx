import { useEffect, useState } from 'react';
import type { HistoryRange, MonitorHistory } from '../../../shared/api-contract';
import { HISTORY_RANGES } from '../../../shared/api-contract';
import type { MonitorState } from '../../../shared/app-state';
import { historyScreenTexts } from '../../../shared/i18n/history-screen';
import { ResponseTimeChart, UptimeBars } from '../../components/charts';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { IncidentHistory } from './incident-history';
import { MonthlyUptime } from './monthly-uptime';

const NO_MONITORS: readonly MonitorState[] = [];

/** Uptime and response times per check for a chosen period, then every incident so far. */
export function HistoryScreen() {
  const texts = useCatalog(historyScreenTexts);
  const api = useAppStore((state) => state.api);
  const monitors = useAppStore((state) => state.appState?.monitors) ?? NO_MONITORS;
  const [range, setRange] = useState<HistoryRange>('24h');
  const [histories, setHistories] = useState<Record<string, MonitorHistory>>({});
  const ids = monitors.map((entry) => entry.monitor.id).join(',');

  useEffect(() => {
    let current = true;
    void Promise.all(
      ids
        .split(',')
        .filter(Boolean)
        .map((id) => api['monitors.history']({ id, range })),
    ).then((results) => {
      if (!current) return;
      const loaded: Record<string, MonitorHistory> = {};
      for (const result of results) if (result.ok) loaded[result.value.monitorId] = result.value;
      setHistories(loaded);
    });
    return () => {
      current = false;
    };
  }, [api, ids, range]);

  return (
    <div className="settings history">
      <h1 tabIndex={-1}>{texts.heading}</h1>
      <div className="history-ranges" role="group" aria-label={texts.range}>
        {HISTORY_RANGES.map((choice) => (
          <button
            key={choice}
            type="button"
            className="toggle"
            aria-pressed={choice === range}
            onClick={() => setRange(choice)}
          >
            {texts.ranges[choice]}
          </button>
        ))}
      </div>
      {monitors.map(({ monitor }) => {
        const history = histories[monitor.id];
        return (
          <section
            key={monitor.id}
            className="settings-section"
            aria-label={monitor.name}
            data-history-monitor
          >
            <h2>{monitor.name}</h2>
            {history && history.range === range ? (
              <>
                <h3>{texts.uptimeHeading}</h3>
                <UptimeBars points={history.points} range={range} />
                <h3>{texts.responseHeading}</h3>
                <ResponseTimeChart points={history.points} range={range} />
              </>
            ) : (
              <p>{texts.loading}</p>
            )}
            <MonthlyUptime monitorId={monitor.id} />
          </section>
        );
      })}
      <IncidentHistory />
    </div>
  );
}
