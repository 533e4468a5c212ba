import type { CauseEntries, ConnectionCause } from './causes-catalog';

/** Reaching the server at all: finding the name, connecting, the secure connection. */
export const causesEnConnection: CauseEntries<ConnectionCause> = {
  dns_not_found: {
    title: 'Your domain name no longer exists',
    explanation:
      'The internet cannot find the name {host}. It may have expired or been cancelled, or the address may be misspelled. (Technical: the DNS lookup answered NXDOMAIN.)',
    actions: [
      'Check that the address is spelled correctly.',
      'Call the company where you registered your domain name (your domain registrar) and ask whether {host} is still active and paid for.',
      'If it has expired, renew it right away: most registrars can restore an expired domain within hours.',
      'Look in your e-mail for renewal or payment reminders you may have missed.',
    ],
    variants: {
      no_records: {
        title: 'Your domain name does not lead to your website',
        explanation:
          'The name {host} exists, but it is not linked to any server, so nobody can reach your website. This often happens after a change to the domain settings or a move to another hosting company. (Technical: the DNS answer holds no address records.)',
        actions: [
          'Ask whoever recently changed your domain or hosting what they changed.',
          'Call your hosting company and ask which address your domain name should point to.',
          'Ask your domain registrar to restore the domain settings (the DNS records).',
        ],
      },
    },
  },
  dns_failed: {
    title: 'The internet cannot look up your domain name',
    explanation:
      'The service that tells the internet where {host} lives answered with an error, so visitors cannot find your website. The website itself may be fine. (Technical: the DNS lookup answered SERVFAIL.)',
    actions: [
      'Check again in five minutes: this is often a short hiccup.',
      'If it keeps failing, call the company that manages your domain name (usually your hosting company or your domain registrar).',
      'Tell them that looking up {host} gives an error.',
    ],
    variants: {
      timeout: {
        title: 'Looking up your domain name takes too long',
        explanation:
          'The service that looks up {host} did not answer in time. This can be your own internet connection or the company that manages your domain name. (Technical: the DNS lookup timed out.)',
        actions: [
          'Check whether other websites open on this computer.',
          'If they do not, restart your modem or router, and call your internet provider if that does not help.',
          'If other websites work, call your hosting company or domain registrar and tell them looking up {host} gets no answer.',
        ],
      },
      refused: {
        title: 'Looking up your domain name was refused',
        explanation:
          'The server that was asked to look up {host} refused to answer. (Technical: the DNS server answered REFUSED.)',
        actions: [
          'If your IT partner set up a special lookup server for your network, ask them to check it.',
          'Otherwise call your hosting company or domain registrar and tell them looking up {host} is refused.',
        ],
      },
    },
  },
  connection_refused: {
    title: 'The server turns visitors away',
    explanation:
      'The computer behind {host} can be reached, but the program that should answer is not running or refuses the connection. (Technical: connection refused[ on port {port}].)',
    actions: [
      'Check again in two minutes: the server may be restarting.',
      'Call your hosting company or IT partner and tell them {host} refuses connections.',
      'Ask whether maintenance or an update is going on.',
    ],
  },
  connection_timeout: {
    title: 'The server does not respond',
    explanation:
      'Back Online could not reach {host} in time. The server may be switched off, overloaded or blocked by a firewall, or the network in between has a problem. (Technical: the connection timed out.)',
    actions: [
      'Check whether other websites open: if they do not, the problem is your own internet connection.',
      'Call your hosting company or IT partner and tell them {host} does not respond at all.',
      'Check again in a few minutes to see whether it comes back.',
    ],
  },
  connection_reset: {
    title: 'The connection to the server keeps breaking off',
    explanation:
      '{host} accepted the connection but then cut it off. This often happens when a server is overloaded, crashing or restarting. (Technical: connection reset.)',
    actions: [
      'Check again in a few minutes.',
      'If it keeps happening, call your hosting company or IT partner and tell them the connection to {host} is being cut off.',
      'Mention any recent change to security settings or a firewall.',
    ],
  },
  tls_expired: {
    title: "Your website's security certificate has expired",
    explanation:
      'The security certificate of {host} is no longer valid[ (it expired on {validTo})]. Visitors now see a warning that the site is not safe, and most of them leave. (Technical: the TLS certificate has expired.)',
    actions: [
      'Call your hosting company and ask them to renew the security certificate (SSL certificate) today.',
      'If you manage the certificate yourself, renew it in your hosting control panel; many offer free automatic renewal.',
      'Check again after the renewal: the site works normally as soon as the new certificate is in place.',
    ],
  },
  tls_expiring_soon: {
    title: "Your website's security certificate expires soon",
    explanation:
      'Your site still works, but the security certificate of {host} expires[ in {days}][ (on {validTo})]. After that, visitors will see a warning that the site is not safe. (Technical: the TLS certificate is about to expire.)',
    actions: [
      'Ask your hosting company to renew the security certificate[ before {validTo}].',
      'Ask them to check that automatic renewal is switched on, because it normally renews well before this.',
      'No need to hurry today: the site works normally until the certificate expires.',
    ],
  },
  tls_not_yet_valid: {
    title: "Your website's security certificate is not valid yet",
    explanation:
      'The security certificate of {host} only becomes valid later[ (from {validFrom})], so visitors see a security warning. Often the clock of the server or of this computer is wrong. (Technical: the certificate is not yet valid.)',
    actions: [
      'Check that the date and time on this computer are correct.',
      'If they are, call your hosting company: the certificate was installed too early or the server clock is wrong.',
    ],
  },
  tls_untrusted: {
    title: "Browsers do not trust your website's security certificate",
    explanation:
      '{host} uses a security certificate that was not issued by a recognised authority, so visitors see a warning that the site is not safe. (Technical: untrusted certificate, e.g. self-signed or an incomplete chain[; {errorCode}].)',
    actions: [
      'Call your hosting company and ask them to install a certificate from a recognised authority, including its intermediate certificates.',
      'If this is a device in your own office (such as a NAS or a router), ask your IT partner: such devices often use their own certificate, which Back Online can be told to trust.',
    ],
  },
  tls_hostname_mismatch: {
    title: 'The security certificate belongs to a different website',
    explanation:
      "{host} shows a security certificate made for another name[ ({certificateNames})], so visitors see a warning. This often happens after moving the site to another server or hosting company. (Technical: the certificate's host name does not match.)",
    actions: [
      'Call your hosting company and ask them to install a security certificate for {host}.',
      'If you recently moved your website or changed its address, mention it: the certificate was probably not moved along.',
    ],
  },
  tls_handshake_failed: {
    title: 'A secure connection to your website cannot be made',
    explanation:
      '{host} and Back Online could not agree on a secure connection. This is usually a server setting, often after an update. (Technical: the TLS handshake failed[; {errorCode}].)',
    actions: [
      'Check again in a few minutes.',
      'Call your hosting company and tell them the secure connection to {host} fails (TLS handshake).',
    ],
  },
};
