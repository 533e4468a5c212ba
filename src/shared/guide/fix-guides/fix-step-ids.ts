/**
 * Every step a fix guide can hold, one id per action so a step tried for one cause reads the same in the
 * timeline, the review and the memory of a later incident. `call_contact` is the step that hands over to
 * the contact this cause calls for (hosting, registrar, IT partner, internet provider).
 */
export const FIX_STEP_IDS = [
  'wait_and_recheck',
  'restart_server',
  'clear_cache',
  'roll_back_update',
  'restore_backup',
  'check_page_address',
  'check_page_content',
  'fix_redirect_settings',
  'renew_certificate',
  'install_full_chain',
  'fix_certificate_name',
  'check_device_clock',
  'check_domain_expiry',
  'check_dns_records',
  'restart_router',
  'restart_device',
  'start_program',
  'start_service',
  'free_disk_space',
  'allow_monitoring',
  'slow_down_checks',
  'wait_for_maintenance',
  'remove_maintenance_file',
  'call_contact',
] as const;
export type FixStepId = (typeof FIX_STEP_IDS)[number];
