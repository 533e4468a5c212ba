/**
 * Who a message is for and where it goes. The plan's order is team first, then customers, then social
 * media, and every list here keeps that order so the composer can show them as they are.
 */
export const MESSAGE_AUDIENCES = ['team', 'customers', 'social'] as const;
export type MessageAudience = (typeof MESSAGE_AUDIENCES)[number];

export const MESSAGE_CHANNELS = [
  'team_chat',
  'email',
  'website_banner',
  'phone_script',
  'google_business',
  'x',
  'facebook',
  'instagram_caption',
  'instagram_story',
  'linkedin',
  'whatsapp_status',
  'bluesky',
  'mastodon',
] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const CHANNEL_AUDIENCE: Record<MessageChannel, MessageAudience> = {
  team_chat: 'team',
  email: 'customers',
  website_banner: 'customers',
  phone_script: 'customers',
  google_business: 'customers',
  x: 'social',
  facebook: 'social',
  instagram_caption: 'social',
  instagram_story: 'social',
  linkedin: 'social',
  whatsapp_status: 'social',
  bluesky: 'social',
  mastodon: 'social',
};

export function channelsFor(audience: MessageAudience): MessageChannel[] {
  return MESSAGE_CHANNELS.filter((channel) => CHANNEL_AUDIENCE[channel] === audience);
}

/**
 * How a network counts a post's length. `graphemes` counts what a reader sees as one character (an
 * emoji with skin tone is one); `links_23` is Mastodon's: the same, but every link counts 23 whatever its
 * length; `x_weighted` is X's: a link is 23, and every character outside Latin text, an emoji included,
 * counts 2.
 */
export type LengthRule = 'graphemes' | 'links_23' | 'x_weighted';

export interface ChannelLimit {
  /** The most the network accepts, or what still reads well where the network allows far more. */
  max: number;
  rule: LengthRule;
}

/**
 * Hard limits of the networks (X 280, Bluesky 300, Mastodon 500, WhatsApp status 700, Instagram caption
 * 2,200, Google Business Profile update 1,500, LinkedIn 3,000, Facebook 63,206) and sensible lengths
 * where nothing stops a longer text but nobody reads one: a banner line, a voicemail of about a minute.
 */
export const CHANNEL_LIMITS: Record<MessageChannel, ChannelLimit> = {
  team_chat: { max: 1500, rule: 'graphemes' },
  email: { max: 3000, rule: 'graphemes' },
  website_banner: { max: 200, rule: 'graphemes' },
  phone_script: { max: 900, rule: 'graphemes' },
  google_business: { max: 1500, rule: 'graphemes' },
  x: { max: 280, rule: 'x_weighted' },
  facebook: { max: 63_206, rule: 'graphemes' },
  instagram_caption: { max: 2200, rule: 'graphemes' },
  instagram_story: { max: 120, rule: 'graphemes' },
  linkedin: { max: 3000, rule: 'graphemes' },
  whatsapp_status: { max: 700, rule: 'graphemes' },
  bluesky: { max: 300, rule: 'graphemes' },
  mastodon: { max: 500, rule: 'links_23' },
};
