import type { CauseCode } from '../../cause-codes';
import type { FixStepId } from './fix-step-ids';

/**
 * The fix guide of every cause: its steps in the order to try them, the quick and free ones first, the
 * call for help last. A Record over CauseCode, so a new cause without a guide fails the type check.
 * `ok` needs no fixing.
 */
export const CAUSE_FIX_STEPS: Record<CauseCode, readonly FixStepId[]> = {
  ok: [],
  dns_not_found: ['check_domain_expiry', 'check_dns_records', 'call_contact'],
  dns_failed: ['wait_and_recheck', 'check_dns_records', 'call_contact'],
  connection_refused: ['restart_server', 'call_contact'],
  connection_timeout: ['wait_and_recheck', 'restart_server', 'call_contact'],
  connection_reset: ['wait_and_recheck', 'restart_server', 'call_contact'],
  tls_expired: ['renew_certificate', 'call_contact'],
  tls_expiring_soon: ['renew_certificate', 'call_contact'],
  tls_not_yet_valid: ['check_device_clock', 'call_contact'],
  tls_untrusted: ['renew_certificate', 'install_full_chain', 'call_contact'],
  tls_hostname_mismatch: ['fix_certificate_name', 'call_contact'],
  tls_handshake_failed: ['restart_server', 'renew_certificate', 'call_contact'],
  tls_incomplete_chain: ['install_full_chain', 'call_contact'],
  http_server_error: [
    'wait_and_recheck',
    'restart_server',
    'roll_back_update',
    'restore_backup',
    'call_contact',
  ],
  http_client_error: ['check_page_address', 'roll_back_update', 'call_contact'],
  http_redirect_loop: ['fix_redirect_settings', 'roll_back_update', 'call_contact'],
  blocked_by_protection: ['allow_monitoring', 'call_contact'],
  rate_limited: ['slow_down_checks', 'call_contact'],
  response_timeout: ['wait_and_recheck', 'restart_server', 'call_contact'],
  slow_response: ['clear_cache', 'roll_back_update', 'call_contact'],
  content_missing: ['check_page_content', 'roll_back_update', 'restore_backup', 'call_contact'],
  error_page: ['wait_and_recheck', 'restart_server', 'roll_back_update', 'restore_backup', 'call_contact'],
  maintenance_mode: ['wait_for_maintenance', 'remove_maintenance_file', 'call_contact'],
  local_offline: ['restart_router', 'call_contact'],
  process_not_running: ['start_program', 'call_contact'],
  service_stopped: ['start_service', 'call_contact'],
  disk_almost_full: ['free_disk_space', 'call_contact'],
  unknown: ['wait_and_recheck', 'call_contact'],
};

/** A device on the owner's own network is restarted where it stands, not through a hosting panel. */
const ON_OWN_NETWORK: Partial<Record<FixStepId, FixStepId>> = { restart_server: 'restart_device' };

export function fixStepIdsFor(cause: CauseCode, onOwnNetwork: boolean): readonly FixStepId[] {
  const steps = CAUSE_FIX_STEPS[cause];
  return onOwnNetwork ? steps.map((step) => ON_OWN_NETWORK[step] ?? step) : steps;
}
