import type { VerificationResult } from '../../src/shared/guide/guide-progress';
import type { Incident, IncidentEvent } from '../../src/shared/incident';

/** 12 March 2026, 14:02 in Amsterdam (CET): the bakery's web shop goes down. */
export const BAKERY_T0 = Date.UTC(2026, 2, 12, 13, 2);
const at = (minutes: number) => BAKERY_T0 + minutes * 60_000;

const shopDetails = {
  target: 'https://shop.example.nl/',
  host: 'shop.example.nl',
  statusCode: 503,
  address: '203.0.113.7',
};
const checkoutDetails = {
  target: 'https://shop.example.nl/checkout',
  host: 'shop.example.nl',
  statusCode: 500,
};

/**
 * A whole recovery as the guide writes it: the shop fails, the checkout joins, the owner asks the team,
 * tells the team and the customers, tries two fixes (the second works), both come back, everything is
 * verified and the incident resolved 30 minutes after detection.
 */
export function bakeryIncident(): Incident {
  const timeline: IncidentEvent[] = [
    {
      at: at(0),
      type: 'detected',
      monitorId: 'm-shop',
      cause: 'http_server_error',
      text: 'Webshop',
      details: shopDetails,
    },
    {
      at: at(1),
      type: 'monitor_joined',
      monitorId: 'm-checkout',
      cause: 'http_server_error',
      text: 'Checkout',
      details: checkoutDetails,
    },
    { at: at(3), type: 'phase_changed', phase: 'investigating' },
    {
      at: at(4),
      type: 'action_tried',
      text: 'Asked the team whether anything changed today',
      details: { guideAction: 'checklist', item: 'identify_ask_team' },
    },
    { at: at(4), type: 'note', text: 'Jan updated the shop plugin at 13:50' },
    {
      at: at(6),
      type: 'message_copied',
      text: 'Team: the web shop is down',
      details: { channel: 'team_chat', phase: 'investigating' },
    },
    {
      at: at(9),
      type: 'message_sent',
      text: 'Customers: ordering is down for a moment',
      details: { channel: 'email', phase: 'investigating' },
    },
    { at: at(10), type: 'phase_changed', phase: 'identified' },
    {
      at: at(13),
      type: 'action_tried',
      text: 'Restart the server or clear its cache — it did not help',
      details: { guideAction: 'fix', fixId: 'restart_server', outcome: 'did_not_work' },
    },
    {
      at: at(23),
      type: 'action_tried',
      text: 'Roll back the last plugin or theme update — it worked',
      details: { guideAction: 'fix', fixId: 'roll_back_update', outcome: 'worked' },
    },
    { at: at(23), type: 'phase_changed', phase: 'monitoring' },
    { at: at(25), type: 'check_passed', monitorId: 'm-shop' },
    { at: at(26), type: 'check_passed', monitorId: 'm-checkout' },
    {
      at: at(28),
      type: 'action_tried',
      text: 'Checked everything: all 2 work',
      details: { guideAction: 'verify', passed: 2, failed: 0 },
    },
    { at: at(30), type: 'resolved', text: 'Customers can order again' },
  ];
  return {
    id: 'inc-bakery',
    groupKey: 'host:shop.example.nl',
    scope: 'site',
    monitorIds: ['m-shop', 'm-checkout'],
    cause: 'http_server_error',
    phase: 'resolved',
    openedAt: at(0),
    updatedAt: at(30),
    resolvedAt: at(30),
    details: shopDetails,
    timeline,
  };
}

/** The same incident while it is still open: before any fix was tried. */
export function bakeryIncidentOpen(): Incident {
  const incident = bakeryIncident();
  return {
    ...incident,
    phase: 'identified',
    resolvedAt: null,
    updatedAt: BAKERY_T0 + 10 * 60_000,
    timeline: incident.timeline.slice(0, 8),
  };
}

/** One monitor's result of "check everything now": up as fast as usual, or down with a server error. */
export function verificationResult(monitorId: string, passed: boolean): VerificationResult {
  return {
    monitorId,
    monitorName: monitorId,
    passed,
    status: passed ? 'up' : 'down',
    cause: passed ? 'ok' : 'http_server_error',
    responseMs: passed ? 100 : null,
    normalMs: 100,
    speed: { kind: 'usual' },
  };
}
