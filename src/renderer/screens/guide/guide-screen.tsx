import { useEffect } from 'react';
import type { GuideStep } from '../../../shared/guide/guide-steps';
import { stepsDone } from '../../../shared/guide/steps-done';
import { useAppStore } from '../../store/app-store-context';
import { IncidentTimeline } from '../incident/incident-timeline';
import { CommunicateStep } from './communicate/communicate-step';
import { FixStep } from './fix/fix-step';
import type { StepProps } from './guide-context';
import { useGuideTexts } from './guide-context';
import { GuideHeadline } from './guide-headline';
import { IdentifyStep } from './identify/identify-step';
import { LearnStep } from './learn/learn-step';
import { StepIndicator } from './step-indicator';
import { StepNav } from './step-nav';
import { VerifyStep } from './verify/verify-step';

const STEP_SCREENS: Record<GuideStep, (props: StepProps) => React.ReactNode> = {
  identify: IdentifyStep,
  communicate: CommunicateStep,
  fix: FixStep,
  verify: VerifyStep,
  learn: LearnStep,
};

/**
 * One incident's recovery guide. The address says which step (`#/incident/<id>/<step>`); without one it
 * opens where the owner left off, which the app keeps with the incident.
 */
export function GuideScreen({ incidentId, step }: { incidentId: string; step: GuideStep | undefined }) {
  const texts = useGuideTexts();
  const appState = useAppStore((state) => state.appState);
  const guide = useAppStore((state) => state.guide);
  const detail = useAppStore((state) => state.incidentDetail);
  const navigate = useAppStore((state) => state.navigate);
  const replaceRoute = useAppStore((state) => state.replaceRoute);
  const loadGuide = useAppStore((state) => state.loadGuide);
  const setGuideStep = useAppStore((state) => state.setGuideStep);
  const startInvestigating = useAppStore((state) => state.startInvestigating);
  const summary = appState?.openIncidents.find((candidate) => candidate.id === incidentId);
  const view = guide.status === 'loaded' && guide.view.incident.id === incidentId ? guide.view : null;

  // The live summary changes whenever the timeline grows or the incident closes: fetch the guide again.
  const ready = appState !== null;
  const closed = summary === undefined;
  useEffect(() => {
    if (ready) void loadGuide(incidentId);
  }, [ready, loadGuide, incidentId, summary?.updatedAt, summary?.eventCount, closed]);
  // Opening a just-detected incident means the owner has started looking (Statuspage's "investigating").
  useEffect(() => {
    if (summary?.phase === 'detected') void startInvestigating(incidentId);
  }, [startInvestigating, incidentId, summary?.phase]);
  // Without a step in the address, complete it with the step the owner left off, on the same entry.
  const leftOff = view?.progress.step;
  useEffect(() => {
    if (step === undefined && leftOff !== undefined)
      replaceRoute({ page: 'incident', incidentId, step: leftOff });
  }, [step, leftOff, incidentId, replaceRoute]);

  const go = (next: GuideStep) => {
    navigate({ page: 'incident', incidentId, step: next });
    void setGuideStep(incidentId, next);
  };

  const back = (
    <button type="button" className="link-button" onClick={() => navigate({ page: 'home' })}>
      ← {texts.nav.toOverview}
    </button>
  );
  if (!appState || !view) {
    const unavailable = guide.status === 'unavailable';
    return (
      <div className="guide">
        {back}
        <h1 className="guide__status">{unavailable ? texts.frame.unavailable : texts.frame.loading}</h1>
        {unavailable && (
          <button type="button" className="button" onClick={() => void loadGuide(incidentId)}>
            {texts.frame.retry}
          </button>
        )}
      </div>
    );
  }
  const current = step ?? view.progress.step;
  const Step = STEP_SCREENS[current];
  const position = `guide-step-${current}`;
  return (
    <div className="guide">
      {back}
      <GuideHeadline view={view} appState={appState} />
      <StepIndicator current={current} done={stepsDone(view.progress, view.incident)} onGo={go} />
      <section className="panel guide-step" aria-labelledby={position} data-testid={position}>
        <h2 id={position} className="guide-step__heading" data-route-heading tabIndex={-1}>
          <span className="guide-step__name">{texts.steps[current].name}</span>
          {texts.steps[current].title}
        </h2>
        <Step view={view} appState={appState} />
        <StepNav current={current} onGo={go} />
      </section>
      <IncidentTimeline detail={detail} now={appState.generatedAt} />
    </div>
  );
}
