import { checkedOverrides } from './message-pack';

/** Only what speaks to the reader: customers read "je" instead of "u"; everything else is the formal text. */
export const messagesNlInformal = checkedOverrides({
  tones: {
    calm: {
      action: { resolved: 'Alles werkt weer zoals je gewend bent.' },
      phoneIntro: 'Hallo, je bent verbonden met {businessName}.',
      thanks: 'Bedankt voor je geduld.',
    },
    friendly: {
      action: {
        update: 'We zijn je niet vergeten: we werken er nog hard aan.',
        resolved: 'Bedankt voor je geduld!',
      },
      phoneIntro: 'Hoi, fijn dat je belt met {businessName}!',
      thanks: 'Heel erg bedankt voor je geduld!',
    },
    formal: {
      phoneIntro: 'Goedendag, je bent verbonden met {businessName}.',
      thanks: 'We danken je voor je geduld en begrip.',
    },
  },
  gaps: {
    businessName: 'je bedrijfsnaam',
    website: 'je website',
    apology: 'je excuses',
  },
});
