import { useEffect, useState } from 'react';
import type { MonitorHistory } from '../../../../shared/api-contract';
import { Sparkline } from '../../../components/charts';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';

/** The last 24 hours of one monitor's response times, fetched when the step opens. */
export function ResponseSparkline({ monitorId, name }: { monitorId: string; name: string }) {
  const texts = useGuideTexts().identify;
  const api = useAppStore((state) => state.api);
  const [points, setPoints] = useState<MonitorHistory['points'] | null>(null);
  useEffect(() => {
    let current = true;
    // Without an answer the line is empty and its summary says so; the step never waits on it.
    void api['monitors.history']({ id: monitorId, range: '24h' }).then((result) => {
      if (current) setPoints(result.ok ? result.value.points : []);
    });
    return () => {
      current = false;
    };
  }, [api, monitorId]);
  return (
    <figure className="guide-sparkline">
      <figcaption>{name}</figcaption>
      {points ? <Sparkline points={points} range="24h" /> : <p className="muted">{texts.sparklineLoading}</p>}
    </figure>
  );
}
