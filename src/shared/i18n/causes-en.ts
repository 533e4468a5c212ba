import type { CauseCatalog } from './causes-catalog';
import { causesEnConnection } from './causes-en-connection';
import { causesEnRecognised } from './causes-en-recognised';

export const causesEn: CauseCatalog = {
  days: { one: '{count} day', other: '{count} days' },
  fallbackSubject: 'this check',
  causes: {
    ok: {
      title: 'Everything works',
      explanation: 'Back Online checked {checked} and found nothing wrong.',
      actions: [
        'Nothing to do right now.',
        'If a customer still reports a problem, ask them to refresh the page or try again in a few minutes.',
      ],
    },
    ...causesEnConnection,
    ...causesEnRecognised,
    http_server_error: {
      title: 'Your website shows an error instead of your pages',
      explanation:
        "The server of {host} can be reached, but reports an internal error, so visitors see an error page instead of your site. This is usually a problem in the website's software, a plugin or update, or an overloaded server. (Technical: HTTP status[ {statusCode}].)",
      actions: [
        'Check again in two minutes: a busy or restarting server often recovers by itself.',
        'Think back: was anything updated or installed on the website today (a plugin, theme or update)? Tell your web developer.',
        'Call your hosting company and tell them {host} gives a server error[ (code {statusCode})].',
      ],
      variants: {
        temporarily_unavailable: {
          title: 'Your website is temporarily unavailable',
          explanation:
            'The server of {host} can be reached, but says it cannot serve your site right now, so visitors see an "unavailable" page. This usually means the server is overloaded, restarting, or the website behind it is not running. (Technical: HTTP status[ {statusCode}], service unavailable.)',
          actions: [
            'Check again in two minutes: a busy or restarting server often recovers by itself.',
            'If it stays unavailable, call your hosting company and tell them {host} says "service unavailable"[ (code {statusCode})].',
            'If you are running a promotion or sent a newsletter just now, mention it: the server may not keep up with the visitors.',
          ],
        },
      },
    },
    http_client_error: {
      title: 'Your web page cannot be found or is blocked',
      explanation:
        '{host} answered, but refused this page. It may have been moved or deleted, or access is blocked, for example by a password or a security setting. (Technical: HTTP status[ {statusCode}].)',
      actions: [
        'Open the address in your browser and check that it is correct.',
        'Ask your web developer whether the page was moved or removed recently.',
        'If the page asks for a password or says access is denied, contact your hosting company.',
      ],
    },
    http_redirect_loop: {
      title: 'Your website sends visitors round in circles',
      explanation:
        '{host} keeps sending visitors on to another address[ (more than {maxRedirects} times)] and never shows a page. This is usually a wrong setting after changing the site address or switching to a secure connection. (Technical: redirect loop.)',
      actions: [
        "Ask your web developer to check the website's address settings (in WordPress: Settings, General).",
        'If you recently switched on a secure connection or a security plugin, mention it.',
        'If nobody changed anything, call your hosting company.',
      ],
    },
    response_timeout: {
      title: 'Your website does not answer in time',
      explanation:
        '{host} accepted the connection but did not send a page in time[ (within {timeoutSeconds} seconds)]. The server is probably overloaded or stuck. (Technical: response timeout.)',
      actions: [
        'Check again in a few minutes.',
        'Call your hosting company and tell them {host} connects but does not answer.',
        'If you are running a busy promotion right now, ask your hosting company whether your hosting package can handle it.',
      ],
    },
    slow_response: {
      title: 'Your website is slow',
      explanation:
        '{host} works, but answers slowly[: it took {seconds} seconds][ (more than the {thresholdSeconds} seconds Back Online accepts)]. Visitors may give up before the page appears.',
      actions: [
        'Check again later: if it is only slow now and then, it is usually a busy moment.',
        'If it stays slow, ask your hosting company whether the server is overloaded.',
        'Ask your web developer to look at heavy plugins and large images.',
      ],
    },
    content_missing: {
      title: 'Your web page is missing its usual content',
      explanation:
        '{host} answered, but the text[ “{keyword}”] that should be on the page is not there. The page may be broken, empty or replaced.',
      actions: [
        'Open the page in your browser and look whether it shows normally.',
        'If the page looks wrong or empty, call your web developer or hosting company.',
        'If the page looks fine, the text was probably changed on purpose: update the text Back Online looks for.',
      ],
      variants: {
        unwanted_text: {
          title: 'Your web page shows text that should not be there',
          explanation:
            '{host} answered, but the page contains the text[ “{keyword}”], which usually means something is wrong (an error message, a maintenance notice or unwanted content).',
          actions: [
            'Open the page in your browser and look at what it shows.',
            'If you did not put that text there, call your web developer or hosting company.',
            'If the text is expected now, for example during planned maintenance, you can ignore this warning until the work is done.',
          ],
        },
      },
    },
    error_page: {
      title: 'Your website shows an error message',
      explanation:
        '{host} answered, but with an error message instead of your website. Visitors see the same message.',
      actions: [
        'Open the site in your browser to see the message for yourself.',
        'Call your hosting company and read the message out to them.',
        'Tell your web developer if anything was changed on the site recently.',
      ],
      variants: {
        wordpress_database: {
          title: 'Your website cannot reach its database',
          explanation:
            'Your website (WordPress) is running but cannot read its content, so visitors see "Error establishing a database connection". The database server may be down, or its password was changed.',
          actions: [
            'Call your hosting company: the database server for {host} may be down.',
            'If passwords were changed or the site was moved recently, tell your web developer: the database settings may need updating.',
            'Check again in a few minutes.',
          ],
        },
        wordpress_critical: {
          title: 'Your website crashed after an error in its software',
          explanation:
            'Your website (WordPress) shows "There has been a critical error on this website". This usually happens right after a plugin, theme or WordPress update.',
          actions: [
            "Look in the website administrator's e-mail: WordPress usually sends a message with a link to recover the site.",
            'Ask your web developer to switch off the plugin or theme that was updated last.',
            'If nobody changed anything, call your hosting company.',
          ],
        },
        account_suspended: {
          title: 'Your hosting account has been suspended',
          explanation:
            'Instead of your website, {host} shows a notice that the hosting account is suspended. This usually means an invoice was not paid or the hosting company found a problem with the account.',
          actions: [
            'Call your hosting company and ask why the account was suspended.',
            'Look in your e-mail and bookkeeping for an unpaid invoice or a warning from them, and settle it.',
            'Ask how long it takes to switch the account back on after payment.',
          ],
        },
        parked_domain: {
          title: 'Your domain name shows a placeholder page instead of your website',
          explanation:
            '{host} shows a "parked domain" or "for sale" page. This usually means the domain name expired, or its settings no longer point to your hosting company.',
          actions: [
            'Call the company where you registered your domain name (your domain registrar) and ask whether {host} expired or its settings changed.',
            'If it expired, renew it right away.',
            'Ask your hosting company which settings the domain name needs to point to your website again.',
          ],
        },
      },
    },
    local_offline: {
      title: 'Your own internet connection is down',
      explanation:
        'This computer cannot reach the internet, so Back Online cannot check {checked}. Your website is probably fine: the problem is most likely here.',
      actions: [
        'Check that the network cable is plugged in or that Wi-Fi is connected.',
        'Restart your modem or router: unplug it, wait 30 seconds and plug it back in.',
        'If there is still no internet, call your internet provider.',
        "Use your phone's mobile data to check whether your website works for others.",
      ],
    },
    process_not_running: {
      title: 'A program your business needs is not running',
      explanation: 'The program {processName} is not running on this computer.',
      actions: [
        'Start the program again, or restart the computer if you do not know how.',
        'If it stops again, call your IT partner and tell them {processName} keeps stopping.',
      ],
    },
    service_stopped: {
      title: 'A background service has stopped',
      explanation:
        'The service {serviceName} on this computer has stopped, so whatever depends on it no longer works.',
      actions: [
        'Restart the computer: services usually start again by themselves.',
        'If it stays stopped, call your IT partner and tell them the service {serviceName} is not running.',
      ],
    },
    disk_almost_full: {
      title: 'The disk is almost full',
      explanation:
        '{mount} has only {freePercent}% free space left. When it is full, programs, e-mail and backups stop working.',
      actions: [
        'Empty the recycle bin and delete large files you no longer need, such as old downloads and videos.',
        'Ask your IT partner to free up space or add storage.',
        'Check that your backups are still running.',
      ],
    },
    unknown: {
      title: 'Back Online could not check this',
      explanation:
        'Something unexpected happened while checking {checked}, so Back Online cannot tell whether it works[ (error {errorCode})].',
      actions: [
        'Check again in a minute.',
        'Open the website or program yourself to see whether it works.',
        'If this keeps happening, ask your IT partner to look at it.',
      ],
      variants: {
        probe_unavailable: {
          title: 'Back Online cannot check this on this computer',
          explanation:
            'This computer lacks a tool Back Online needs to check {checked}, so it cannot tell whether it works. That does not mean anything is wrong.',
          actions: [
            'Check for yourself whether the program or service works.',
            'Ask your IT partner to install the missing tool, or to choose another way to check {checked}.',
          ],
        },
        mount_not_found: {
          title: 'Back Online cannot find this disk',
          explanation:
            'There is no disk or folder {mount} on this computer, so Back Online cannot tell how full it is. An external disk may be unplugged, or the name may be misspelled.',
          actions: [
            'If this is an external or network disk, check that it is plugged in or connected.',
            'Check that the name {mount} is spelled exactly right.',
            'If the disk should be there, ask your IT partner to look at it.',
          ],
        },
      },
    },
  },
};
