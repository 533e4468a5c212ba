import { checkedPack } from './message-pack';

export const messagesEn = checkedPack({
  phases: {
    investigating: {
      status: 'Since {startTime}, {service} ({website}) is not working.',
      headline: '{service} is not working right now',
      subject: '{service} is temporarily not working',
    },
    identified: {
      status: 'Since {startTime}, {service} ({website}) is not working because of {cause}.',
      headline: '{service} is not working: we know why',
      subject: '{service}: we know the cause',
    },
    monitoring: {
      status: '{service} ({website}) works again after the problem that started at {startTime}.',
      headline: '{service} is working again',
      subject: '{service} is working again',
    },
    update: {
      status: '{service} ({website}) is still not working (since {startTime}).',
      headline: '{service} is still not working',
      subject: 'Update: {service} is still not working',
    },
    resolved: {
      status: 'Solved: since {resolvedTime}, {service} ({website}) works normally again.',
      headline: '{service} works normally again',
      subject: 'Solved: {service} works normally again',
    },
    maintenance: {
      status:
        'From {startTime}, {service} ({website}) will be unavailable for a while for planned maintenance.',
      headline: 'Planned maintenance on {service} from {startTime}',
      subject: 'Planned maintenance on {service}',
    },
  },
  tones: {
    calm: {
      action: {
        investigating: 'We are looking into it.',
        identified: 'We are working on a fix.',
        monitoring: 'We are keeping a close eye on it.',
        update: 'We are still working on it.',
        resolved: 'Everything works as usual again.',
        maintenance: 'We will keep the interruption as short as possible.',
      },
      greeting: 'Hello,',
      signoff: 'Best regards,',
      phoneIntro: 'Hello, you have reached {businessName}.',
      thanks: 'Thank you for your patience.',
    },
    friendly: {
      action: {
        investigating: "We're on it and will fix it as soon as we can!",
        identified: "We know what's wrong and are fixing it now.",
        monitoring: "Fingers crossed: we're keeping a close eye on it.",
        update: "We haven't forgotten you: we're still working on it.",
        resolved: 'Thanks for bearing with us!',
        maintenance: "We'll keep it as short as we can!",
      },
      greeting: 'Hi there,',
      signoff: 'Warm regards,',
      phoneIntro: 'Hi, thanks for calling {businessName}!',
      thanks: 'Thanks so much for your patience!',
    },
    formal: {
      action: {
        investigating: 'We are investigating the matter.',
        identified: 'We are working on a solution.',
        monitoring: 'We are monitoring the situation closely.',
        update: 'We are still working on a solution.',
        resolved: 'All our services are available again.',
        maintenance: 'We will keep the interruption to a minimum.',
      },
      greeting: 'Dear customer,',
      signoff: 'Kind regards,',
      phoneIntro: 'Good day, you have reached {businessName}.',
      thanks: 'We thank you for your patience and understanding.',
    },
  },
  extras: {
    workaround: 'In the meantime: {workaround}',
    expectedResolution: 'We expect it to work again around {expectedResolution}.',
    apology: '{apology}',
    nextUpdate: 'Next update around {nextUpdateTime}.',
    followUpdates: 'Latest news: {followUpdates}',
  },
  team: {
    investigating: {
      headline: '⚠️ Problem since {startTime}: {technicalCause}.',
      facts: '{technicalFacts}',
      ask: "I'm looking into it. Please don't change anything on the website without telling me, and send customers with questions to me.",
    },
    identified: {
      headline: '🔎 Cause found for the problem since {startTime}: {technicalCause}.',
      facts: '{technicalFacts}',
      ask: "We're working on a fix. Tell me if you notice anything else.",
    },
    monitoring: {
      headline: "🩹 A fix is in place for the problem since {startTime}; we're watching whether it holds.",
      facts: '{technicalFacts}',
      ask: 'Please check whether it works for you too, and tell me if anything is still wrong.',
    },
    update: {
      headline: '⏳ Still working on the problem since {startTime}: {technicalCause}.',
      facts: '{technicalFacts}',
      ask: 'No news yet. Keep customers informed with the message we agreed on.',
    },
    resolved: {
      headline: '✅ Solved since {resolvedTime} (the problem started at {startTime}).',
      facts: '{technicalFacts}',
      ask: 'Thanks, everyone. Tell me if customers still report problems.',
    },
    maintenance: {
      headline: '🗓️ Planned maintenance on {website} from {startTime}.',
      facts: '{service} will be unavailable for a while.',
      ask: "Please don't plan anything on the website during that time.",
    },
  },
  gaps: {
    businessName: 'your business name',
    website: 'your website',
    service: 'what is affected',
    startTime: 'start time',
    cause: 'the cause',
    resolvedTime: 'time it was solved',
    technicalCause: 'what is wrong',
    technicalFacts: 'the technical facts',
    expectedResolution: 'expected time',
    followUpdates: 'where to follow updates',
    nextUpdateTime: 'time of the next update',
    workaround: 'what customers can do meanwhile',
    apology: 'your apology',
  },
  serviceFallback: 'our website',
  causes: {
    hosting: 'a problem at our hosting company',
    web_address: 'a problem with our web address',
    secure_connection: 'a problem with the secure connection to our website',
    website: 'a problem in our website',
    slowness: 'heavy traffic on our website',
    internet: 'an internet outage at our premises',
    local_system: 'a problem with one of our systems',
    maintenance: 'maintenance on our website',
    unknown: 'a technical problem',
  },
});
