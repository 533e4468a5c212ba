import type { FixStepCatalog } from './fix-step-texts';

export const fixStepsEn: FixStepCatalog = {
  wait_and_recheck: {
    title: 'Wait two minutes and check again',
    how: [
      'A busy or restarting server often recovers by itself within a few minutes.',
      'Press "Check again now". If it still fails, go on with the next step.',
    ],
  },
  restart_server: {
    title: 'Restart the server or clear its cache',
    how: [
      'Log in to your hosting control panel (the website where you manage your hosting).',
      'Look for "Restart", "Reboot" or "Clear cache" and press it.',
      'Wait two minutes, then check again.',
    ],
  },
  clear_cache: {
    title: 'Clear the website cache',
    how: [
      'Log in to your website or hosting control panel.',
      'Look for "Cache" and choose "Clear cache" or "Purge all".',
      'Check again: pages are often faster straight after.',
    ],
  },
  roll_back_update: {
    title: 'Roll back the last plugin or theme update',
    how: [
      'Ask yourself or your web developer: was anything updated or installed today?',
      'In your website admin, switch that plugin or theme off, or go back to the previous version.',
      'Check again. If it works, leave it off and tell your web developer which update caused it.',
    ],
  },
  restore_backup: {
    title: 'Restore a backup',
    how: [
      'In your hosting control panel, open "Backups".',
      'Choose the last backup from before the problem started and restore it.',
      'Orders or changes made after that backup may need to be entered again; note which ones.',
    ],
  },
  check_page_address: {
    title: 'Check that the page still exists',
    how: [
      'Open the address Back Online checks in your own browser.',
      'If the page was moved or deleted, put it back or change the address in Back Online.',
    ],
  },
  check_page_content: {
    title: 'Check what the page shows',
    how: [
      'Open {host} in your own browser and look at the page.',
      'If it looks empty or wrong, roll back the last change or restore a backup.',
      'If the page is fine but its text changed, change the text Back Online looks for.',
    ],
  },
  fix_redirect_settings: {
    title: 'Check the redirect settings',
    how: [
      'In your hosting control panel or website admin, look at the settings for "https", "www" and redirects.',
      'Undo the last change to those settings, or switch one of two redirect settings off.',
      'Check again in a private browser window, so old cookies do not get in the way.',
    ],
  },
  renew_certificate: {
    title: 'Renew the security certificate',
    how: [
      'In your hosting control panel, open "SSL" or "Certificates".',
      'Choose "Renew" (or switch on a free "Let\'s Encrypt" certificate) for {host}.',
      'Wait a few minutes, then check again.',
    ],
  },
  install_full_chain: {
    title: 'Install the complete certificate',
    how: [
      'The certificate of {host} is installed without its "intermediate" part, so some browsers and phones do not trust it.',
      'In your hosting control panel, install the certificate again with the full chain ("CA bundle"), or ask {who} to do it.',
    ],
  },
  fix_certificate_name: {
    title: 'Get a certificate with the right name',
    how: [
      'The certificate is for another name than {host}.',
      'In your hosting control panel, add {host} to the certificate (also with and without "www"), or ask {who} to do it.',
    ],
  },
  check_device_clock: {
    title: 'Check the date and time of this computer',
    how: [
      'A certificate that is "not valid yet" often means a clock is wrong.',
      "Check that this computer shows the right date and time; if it does, ask {who} to check the server's clock.",
    ],
  },
  check_domain_expiry: {
    title: 'Check the domain name at your registrar',
    how: [
      'Log in where you registered {host} (your registrar).',
      'Check whether the domain name has expired and renew it if it has; check that the invoice was paid.',
      'After renewing it can take up to a few hours before everyone sees your site again.',
    ],
  },
  check_dns_records: {
    title: "Check the domain's settings (DNS)",
    how: [
      'Log in where you manage the domain name {host}.',
      'Undo any change made to its DNS settings today, or ask {who} which settings are needed.',
    ],
  },
  restart_router: {
    title: 'Restart your modem and router',
    how: [
      'Unplug the power of your modem and router, wait 30 seconds, and plug it back in.',
      'Wait until the lights are steady again (a few minutes), then check again.',
      'Check the cables between the wall socket, the modem and this computer.',
    ],
  },
  restart_device: {
    title: 'Restart the device',
    how: [
      'Switch the device off and on again, or unplug its power for 30 seconds.',
      'Check that its network cable is plugged in and its lights are on.',
    ],
  },
  start_program: {
    title: 'Start the program again',
    how: [
      'Open the program on this computer, the way you normally start it.',
      'If it closes again by itself, restart the computer, then call {who}.',
    ],
  },
  start_service: {
    title: 'Start the service again',
    how: [
      'Restart the service (or the computer it runs on); a "Restart now" button appears here when one was set up.',
      'If it stops again by itself, call {who} and tell them which service stopped.',
    ],
  },
  free_disk_space: {
    title: 'Free up disk space',
    how: [
      'Empty the recycle bin and delete large files you no longer need (old downloads, videos, backups).',
      'Move old files to an external drive or the cloud.',
      'Check again: the disk needs enough free space to work safely.',
    ],
  },
  allow_monitoring: {
    title: "Let Back Online's checks through the protection",
    how: [
      "The site's protection (a firewall or a service such as Cloudflare) blocks the check, while visitors may get through.",
      'Open {host} on your phone over mobile data to see whether visitors get in.',
      "Ask {who} to allow this computer's checks, or lower the protection level one step.",
    ],
  },
  slow_down_checks: {
    title: 'Check less often',
    how: [
      'The server says it gets too many requests, possibly from Back Online itself.',
      "In Back Online's settings, make the check interval longer (for example every 5 minutes).",
      'If the server limits real visitors too, ask {who} to raise the limit.',
    ],
  },
  wait_for_maintenance: {
    title: 'Wait for the maintenance to finish',
    how: [
      'Your site shows a maintenance page, usually while an update is being installed.',
      'Wait ten minutes and check again; most updates finish by themselves.',
    ],
  },
  remove_maintenance_file: {
    title: 'Remove the maintenance file',
    how: [
      'If the maintenance page stays longer than ten minutes, an update got stuck.',
      'In your hosting control panel\'s file manager (or by FTP), delete the file named ".maintenance" in the main folder of your site.',
      'Check again, then run the update once more.',
    ],
  },
  call_contact: {
    title: 'Call {who}',
    how: [
      'Send them the prepared support request below: it holds every technical detail they will ask for.',
      'Tell them what you already tried, and ask when it will work again.',
    ],
  },
};
