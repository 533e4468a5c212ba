import type { CauseEntries, RecognisedCause } from './causes-catalog';

/** What the server says about itself: its protection, its limits, its certificate chain, its maintenance. */
export const causesEnRecognised: CauseEntries<RecognisedCause> = {
  blocked_by_protection: {
    title: "Your website's protection stops Back Online's checks",
    explanation:
      '{host} answered with a security check[ from {protection}] instead of your page. Such protection tells people apart from automatic programs, so your visitors are probably fine, but Back Online cannot see whether your site works. (Technical: bot protection or firewall[, HTTP status {statusCode}].)',
    actions: [
      'Open your website in your browser or on your phone: if it shows normally, your visitors are fine.',
      "Ask your web developer or hosting company to let Back Online's checks through the protection (an allow rule for this computer's internet address).",
      'Or change this check into one the protection lets through: a check of the security certificate of {host} (TLS check) still tells you whether the server answers.',
    ],
  },
  rate_limited: {
    title: 'Your website asks Back Online to check less often',
    explanation:
      '{host} works, but answered that this computer asks too often[ and asked to wait {retryAfter}]. Back Online waits as asked before checking again. Your visitors are probably not affected. (Technical: rate limited[, HTTP status {statusCode}].)',
    actions: [
      'Nothing is broken: Back Online waits as asked and then checks again by itself.',
      'If this keeps happening, the check interval is too short for this site: set a longer one, for example 5 minutes.',
      'If the site also turns real visitors away, ask your web developer whether its protection is set too strictly.',
    ],
  },
  tls_incomplete_chain: {
    title: "Your website's security certificate is missing a piece",
    explanation:
      '{host} sends its security certificate without the in-between certificate that links it to a recognised authority. Most browsers fetch that piece themselves, so visitors usually see your site, but apps, payment providers and older phones refuse the connection. (Technical: incomplete certificate chain[, missing intermediate: {missingIssuer}].)',
    actions: [
      'Call your hosting company and ask them to install the full certificate chain (the certificate with its intermediate certificates) for {host}.',
      'If you install the certificate yourself, use the "full chain" file from your certificate provider instead of the certificate alone.',
      'No need to panic: most visitors see your site normally until it is fixed.',
    ],
  },
  maintenance_mode: {
    title: 'Your website is in maintenance mode',
    explanation:
      '{host} shows a maintenance page instead of your site[ and says it will be back in {retryAfter}]. Visitors cannot use your site until the maintenance ends. If nobody is working on the site, an update may have got stuck. (Technical: maintenance mode[, HTTP status {statusCode}].)',
    actions: [
      'Ask your web developer whether maintenance or an update is going on, and when it will be finished.',
      'If nobody is working on the site, ask your web developer or hosting company to finish the update and switch maintenance mode off.',
      'If the maintenance was planned, wait until the announced time and check again.',
    ],
    variants: {
      wordpress: {
        title: 'Your website is stuck in WordPress maintenance mode',
        explanation:
          '{host} shows "Briefly unavailable for scheduled maintenance". WordPress shows this during an update and normally removes it within a minute; if it stays, the update got stuck and visitors cannot use your site. (Technical: a .maintenance file in the website\'s folder[, HTTP status {statusCode}].)',
        actions: [
          'Wait two minutes and check again: a normal update finishes by itself.',
          "If it stays, delete the file called .maintenance in your website's main folder, with the file manager in your hosting control panel or by FTP, or ask your web developer or hosting company to do it.",
          'Then log in to your website (wp-admin) and check that the update finished; run it again if WordPress asks.',
        ],
      },
    },
  },
};
