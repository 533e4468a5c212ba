import { Fragment, useId } from 'react';
import type { ReviewSummary } from '../../../../shared/guide/review-markdown';
import { useGuideTexts } from '../guide-context';

/** What happened, filled in from the timeline: the same facts the exported review holds. */
export function ReviewSummaryPanel({
  summary,
  triedHeading,
}: {
  summary: ReviewSummary;
  triedHeading: string;
}) {
  const texts = useGuideTexts().learn;
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-facts`} data-testid="review-summary">
      <h3 id={`${ids}-facts`}>{texts.factsHeading}</h3>
      <dl className="review-facts">
        {summary.facts.map(({ label, value }) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {summary.tried.length > 0 && (
        <>
          <h4 id={`${ids}-tried`}>{triedHeading}</h4>
          <ul aria-labelledby={`${ids}-tried`}>
            {summary.tried.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
