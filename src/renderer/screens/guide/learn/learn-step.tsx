import type { StepProps } from '../guide-context';
import { ReviewForm } from './review-form';

/** Step 5: the review, filled in from the timeline, the owner's answers, and ways to keep it. */
export function LearnStep({ view }: StepProps) {
  return (
    <div className="guide-step__body">
      <ReviewForm key={view.incident.id} view={view} />
    </div>
  );
}
