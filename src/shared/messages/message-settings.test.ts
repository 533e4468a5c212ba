import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsChangeSchema, settingsSchema } from '../settings';

describe('message settings', () => {
  it("start with an update every 30 minutes, no own wordings and Back Online's descriptions", () => {
    expect(DEFAULT_SETTINGS.messages).toEqual({
      cadenceMinutes: 30,
      templates: [],
      publicDescriptions: { en: {}, nl: {} },
    });
    expect(DEFAULT_SETTINGS.business).toMatchObject({ followUpdatesAt: '', workaround: '', apology: '' });
    expect(DEFAULT_SETTINGS.business.socialAccounts.mastodon).toBe('');
  });

  it("keep the owner's wording when it names only known facts, and say which rule a bad one broke", () => {
    const own = {
      channel: 'x',
      phase: 'update',
      voice: 'nl_informal',
      text: 'Nog even geduld: {service} werkt nog niet.',
    };
    expect(settingsChangeSchema.parse({ messages: { templates: [own] } }).messages?.templates).toEqual([own]);

    const typo = settingsSchema.safeParse({ messages: { templates: [{ ...own, text: 'Hoi {klant}' }] } });
    expect(typo.success).toBe(false);
    expect(typo.error?.issues[0]?.message).toBe('unknown_placeholder');

    const twice = settingsSchema.safeParse({ messages: { templates: [own, { ...own, text: 'Anders' }] } });
    expect(twice.error?.issues[0]?.message).toBe('duplicate_template');

    for (const wrong of [
      { cadenceMinutes: 2 },
      { cadenceMinutes: 30.5 },
      { publicDescriptions: { en: { hosting: '' } } },
    ]) {
      expect(settingsSchema.safeParse({ messages: wrong }).success, JSON.stringify(wrong)).toBe(false);
    }
  });
});
