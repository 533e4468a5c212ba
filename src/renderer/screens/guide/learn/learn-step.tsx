import { useMemo } from 'react';
import { reviewSummary } from '../../../../shared/guide/review-markdown';
import { reviewCatalogs } from '../../../../shared/guide/review-texts';
import { useCatalog, useLocale } from '../../../i18n/texts';
import { timelineNames } from '../../incident/timeline-lines';
import type { StepProps } from '../guide-context';
import { ReviewForm } from './review-form';
import { ReviewSummaryPanel } from './review-summary';

/** Step 5: the review, filled in from the timeline, the owner's answers, and ways to keep it. */
export function LearnStep({ view, appState }: StepProps) {
  const locale = useLocale();
  const reviewTexts = useCatalog(reviewCatalogs);
  const names = useMemo(() => timelineNames(view.incident, appState), [view.incident, appState]);
  const summary = useMemo(
    () => reviewSummary({ incident: view.incident, names, locale }),
    [view.incident, names, locale],
  );
  return (
    <div className="guide-step__body">
      <ReviewSummaryPanel summary={summary} triedHeading={reviewTexts.triedHeading} />
      <ReviewForm key={view.incident.id} view={view} names={names} />
    </div>
  );
}
