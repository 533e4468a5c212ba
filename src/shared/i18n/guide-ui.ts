import type { GuideStep } from '../guide/guide-steps';
import type { CatalogSet, PluralText } from './interpolate';
import { guideUiEn } from './guide-ui-en';
import { guideUiNl } from './guide-ui-nl';
import { guideUiNlInformal } from './guide-ui-nl-informal';

/** One step of the recovery guide as the window names it. */
export interface GuideStepTexts {
  /** The short name in the step indicator: Identify, Communicate, Fix, Verify, Learn. */
  name: string;
  /** The step's heading, saying what this step is for. */
  title: string;
}

/**
 * The recovery guide's words in the window. `{names}` are the owner's own monitor names, `{time}` a clock
 * time, `{name}` one step or monitor name.
 */
export interface GuideUiTexts {
  steps: Record<GuideStep, GuideStepTexts>;
  indicator: {
    label: string;
    position: string;
    left: string;
    lastStep: string;
    done: string;
  };
  nav: { back: string; next: string; toOverview: string };
  frame: {
    loading: string;
    unavailable: string;
    retry: string;
    affected: string;
    monitorWorks: string;
    since: string;
    otherProblems: PluralText;
    openOther: string;
    memory: string;
    memoryRestart: string;
    memoryNoFix: string;
  };
  recovered: { title: string; body: string; solvedLater: string };
  resolved: { title: string; body: string };
  identify: {
    sentence: string;
    internetWorks: string;
    internetDown: string;
    evidenceHeading: string;
    checkedAt: string;
    timings: { dns: string; connect: string; tls: string; firstByte: string; total: string };
    statusCode: string;
    certificate: string;
    addresses: string;
    errorPage: string;
    noEvidence: string;
    sparklineHeading: string;
    sparklineLoading: string;
    checklistHeading: string;
    systemStatus: string;
    systemStatusDone: string;
    logs: string;
    openPanel: string;
    noPanel: string;
    askTeam: string;
    noteLabel: string;
    saveNote: string;
    noteSaved: string;
    markDone: string;
    done: string;
    checkAgain: string;
    checking: string;
  };
  communicate: {
    intro: string;
    sentHeading: string;
    noneSent: string;
    sentLine: string;
    nextUpdate: string;
    updateDue: string;
  };
  fix: {
    guideHeading: string;
    tried: string;
    worked: string;
    didNotWork: string;
    outcome: { tried: string; worked: string; did_not_work: string };
    contactsHeading: string;
    callFirst: string;
    noContact: string;
    addContact: string;
    phone: string;
    email: string;
    website: string;
    requestHeading: string;
    requestIntro: string;
    copyRequest: string;
    copied: string;
    copyFailed: string;
    openMail: string;
    subjectLabel: string;
    bodyLabel: string;
    copySubject: string;
    subjectCopied: string;
    addLog: string;
    logUnavailable: string;
    /** The request as the QR code and its instructions name it. */
    requestWhat: string;
    mailApp: string;
    restartHeading: string;
    restartIntro: string;
    restart: string;
    confirmRestart: string;
    confirm: string;
    cancel: string;
    restarting: string;
    restartWorked: string;
    restartFailed: string;
  };
  verify: {
    intro: string;
    checkEverything: string;
    checking: string;
    works: string;
    fails: string;
    waiting: string;
    lastRun: string;
    checklistHeading: string;
    resolve: string;
    resolveNeedsPass: string;
    override: string;
    reasonLabel: string;
    resolveWithReason: string;
    stillFailing: string;
    backToFix: string;
  };
  learn: {
    factsHeading: string;
    questionsHeading: string;
    whatCaused: string;
    wentWell: string;
    toImprove: string;
    actionItems: string;
    newItem: string;
    addItem: string;
    removeItem: string;
    save: string;
    saved: string;
    exportHeading: string;
    copyMarkdown: string;
    copied: string;
    saveFile: string;
    print: string;
    copyFailed: string;
    fileSaved: string;
    pdfSaved: string;
    pdfFailed: string;
  };
}

export const guideUiTexts: CatalogSet<GuideUiTexts> = {
  en: guideUiEn,
  nl: guideUiNl,
  nlInformal: guideUiNlInformal,
};
