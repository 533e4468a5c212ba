import { useEffect, useState } from 'react';
import type { MonthUptime } from '../../../shared/api-contract';
import { historyMoreTexts } from '../../../shared/i18n/history-more';
import { intlLocaleTag } from '../../../shared/locale';
import { formatUptime } from '../../components/charts/chart-format';
import { useCatalog, useLocale } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';

/** "November 2026" on the owner's calendar, from the store's `2026-11`. */
function monthName(month: string, tag: string): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric' }).format(
    new Date(year, index - 1, 1),
  );
}

/** One check's uptime per calendar month, newest first: how this month compares with the ones before. */
export function MonthlyUptime({ monitorId }: { monitorId: string }) {
  const texts = useCatalog(historyMoreTexts);
  const { language } = useLocale();
  const api = useAppStore((state) => state.api);
  const [months, setMonths] = useState<MonthUptime[] | null>(null);

  useEffect(() => {
    let current = true;
    void api['monitors.uptimeByMonth']({ id: monitorId }).then((result) => {
      if (current && result.ok) setMonths(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, monitorId]);

  if (months === null) return null;
  return (
    <>
      <h3>{texts.monthlyHeading}</h3>
      {months.length === 0 ? (
        <p className="muted">{texts.monthlyNone}</p>
      ) : (
        <dl className="monthly-uptime">
          {months.map(({ month, uptime }) => (
            <div key={month} className="monthly-uptime__month">
              <dt>{monthName(month, intlLocaleTag(language))}</dt>
              <dd>{formatUptime(uptime, language)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
