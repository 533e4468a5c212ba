import { useId, useState } from 'react';
import { canResolveWithoutReason } from '../../../../shared/guide/verification';
import type { GuideView } from '../../../../shared/guide/guide-view';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';

/** "Mark as resolved": at once when the checks pass, otherwise only with the owner's reason. */
export function ResolvePanel({ view }: { view: GuideView }) {
  const texts = useGuideTexts().verify;
  const resolveFromGuide = useAppStore((state) => state.resolveFromGuide);
  const resolving = useAppStore((state) => state.pending.resolve);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  if (view.incident.resolvedAt !== null) return null;
  const passed = canResolveWithoutReason(view.progress.verifications, view.incident);
  const incidentId = view.incident.id;
  return (
    <div className="resolve-panel">
      <button
        type="button"
        className="button button--primary"
        disabled={!passed || resolving}
        aria-describedby={passed ? undefined : `${reasonId}-why`}
        onClick={() => void resolveFromGuide(incidentId)}
      >
        {texts.resolve}
      </button>
      {!passed && (
        <>
          <p id={`${reasonId}-why`} className="muted">
            {texts.resolveNeedsPass}
          </p>
          {overriding ? (
            <div className="resolve-panel__override">
              <label htmlFor={reasonId}>{texts.reasonLabel}</label>
              <textarea
                id={reasonId}
                className="text-input"
                rows={2}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
              <button
                type="button"
                className="button"
                disabled={reason.trim() === '' || resolving}
                onClick={() => void resolveFromGuide(incidentId, reason.trim())}
              >
                {texts.resolveWithReason}
              </button>
            </div>
          ) : (
            <button type="button" className="link-button" onClick={() => setOverriding(true)}>
              {texts.override}
            </button>
          )}
        </>
      )}
    </div>
  );
}
