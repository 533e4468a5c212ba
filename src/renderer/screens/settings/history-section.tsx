import { useState } from 'react';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';

type Deleting = 'idle' | 'confirming' | 'deleted' | 'failed';

/** "Delete history", asked twice; the app keeps every open incident, so recovering is never cut short. */
export function HistorySection() {
  const texts = useCatalog(settingsSectionsTexts).history;
  const api = useAppStore((state) => state.api);
  const [deleting, setDeleting] = useState<Deleting>('idle');

  const erase = async () => setDeleting((await api['history.clear']({})).ok ? 'deleted' : 'failed');

  return (
    <section className="settings-section" aria-labelledby="settings-history">
      <h2 id="settings-history">{texts.heading}</h2>
      <p>{texts.intro}</p>
      {deleting === 'confirming' ? (
        <div className="settings-monitor__confirm" role="group" aria-label={texts.delete}>
          <p>{texts.confirm}</p>
          <button type="button" className="button button--danger" onClick={() => void erase()}>
            {texts.confirmYes}
          </button>
          <button type="button" className="button" onClick={() => setDeleting('idle')}>
            {texts.cancel}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setDeleting('confirming')}>
          {texts.delete}
        </button>
      )}
      <p role="status" className={deleting === 'failed' ? 'form-failed' : undefined}>
        {deleting === 'deleted' ? texts.deleted : deleting === 'failed' ? texts.failed : ''}
      </p>
    </section>
  );
}
