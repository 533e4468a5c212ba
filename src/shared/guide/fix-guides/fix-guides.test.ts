import { describe, expect, it } from 'vitest';
import { CAUSE_CODES } from '../../cause-codes';
import { pickCatalog } from '../../i18n/interpolate';
import type { Locale } from '../../locale';
import type { Contact } from '../../settings';
import { contactsForCause } from '../contacts-for-cause';
import { fixGuide, FIX_STEP_IDS, fixStepCatalogs } from '.';

const LOCALES: Locale[] = [
  { language: 'en', formality: 'formal' },
  { language: 'nl', formality: 'formal' },
  { language: 'nl', formality: 'informal' },
];
const shop = { target: 'https://shop.example.nl/', host: 'shop.example.nl' };

describe('fix guides', () => {
  it('give every cause but ok a short step-by-step guide in every language, ending with whom to call', () => {
    for (const cause of CAUSE_CODES.filter((code) => code !== 'ok')) {
      for (const locale of LOCALES) {
        const guide = fixGuide(cause, shop, locale);
        expect(guide.steps.length, cause).toBeGreaterThanOrEqual(2);
        expect(guide.steps.length, cause).toBeLessThanOrEqual(5);
        expect(guide.steps.at(-1)?.id, cause).toBe('call_contact');
        for (const step of guide.steps) {
          expect(step.title, `${cause} ${step.id}`).not.toMatch(/[{}]/);
          expect(step.how.length).toBeGreaterThan(0);
          for (const line of step.how) expect(line, `${cause} ${step.id}`).not.toMatch(/[{}]|undefined/);
        }
      }
    }
    expect(fixGuide('ok', shop, LOCALES[0]!).steps).toEqual([]);
  });

  it('speak to the owner as "je" in informal Dutch and as "u" in formal Dutch', () => {
    const formal = pickCatalog(fixStepCatalogs, LOCALES[1]!);
    const informal = pickCatalog(fixStepCatalogs, LOCALES[2]!);
    for (const id of FIX_STEP_IDS) {
      expect([formal[id].title, ...formal[id].how].join(' '), id).not.toMatch(/\b(je|jij|jouw)\b/i);
      expect([informal[id].title, ...informal[id].how].join(' '), id).not.toMatch(/\b(u|uw)\b/);
    }
    expect(informal.restore_backup.how.join(' ')).toMatch(/\bje\b/);
  });

  it('fill in the site and whom to call', () => {
    const guide = fixGuide('tls_expired', shop, LOCALES[0]!);
    expect(guide.steps.map((step) => step.id)).toEqual(['renew_certificate', 'call_contact']);
    expect(guide.steps[0]?.how[1]).toBe(
      'Choose "Renew" (or switch on a free "Let\'s Encrypt" certificate) for shop.example.nl.',
    );
    expect(guide.steps[1]?.title).toBe('Call your hosting company');
    expect(fixGuide('dns_not_found', shop, LOCALES[1]!).steps.at(-1)?.title).toBe('Bel uw domeinregistrar');
    expect(fixGuide('maintenance_mode', shop, LOCALES[0]!).steps.map((step) => step.id)).toEqual([
      'wait_for_maintenance',
      'remove_maintenance_file',
      'call_contact',
    ]);
  });

  it('send a device on the own network to the IT partner, restarted where it stands', () => {
    const terminal = { target: 'tcp://192.168.1.20:9100', host: '192.168.1.20' };
    const guide = fixGuide('connection_refused', terminal, LOCALES[0]!);
    expect(guide.contactRole).toBe('it_partner');
    expect(guide.steps.map((step) => step.id)).toEqual(['restart_device', 'call_contact']);
    expect(guide.steps[1]?.title).toBe('Call your IT partner or the supplier of the device');
  });
});

describe('who to call', () => {
  const contacts: Contact[] = [
    { id: 'c1', role: 'hosting', name: 'Hostnet', phone: '020 123 4567' },
    { id: 'c2', role: 'it_partner', name: 'Piet IT' },
    { id: 'c3', role: 'registrar', name: 'Domeinwinkel' },
  ];

  it('picks the contacts of the role the cause calls for, with the IT partner as a second line', () => {
    expect(contactsForCause('http_server_error', shop, contacts)).toEqual({
      role: 'hosting',
      first: [contacts[0]],
      alsoAsk: [contacts[1]],
    });
    expect(contactsForCause('dns_not_found', shop, contacts).first).toEqual([contacts[2]]);
    expect(contactsForCause('connection_refused', { host: '192.168.1.20' }, contacts)).toEqual({
      role: 'it_partner',
      first: [contacts[1]],
      alsoAsk: [],
    });
  });

  it('asks the supplier of a device second when the IT partner is the one to call', () => {
    const supplier: Contact = { id: 's', role: 'supplier', name: 'PinPoint terminals', phone: '088 123 4567' };
    expect(contactsForCause('connection_refused', { host: '192.168.1.20' }, [...contacts, supplier])).toEqual({
      role: 'it_partner',
      first: [contacts[1]],
      alsoAsk: [supplier],
    });
  });

  it('leaves the list empty when no contact of that role was added, and asks nobody when all is well', () => {
    expect(contactsForCause('local_offline', {}, contacts)).toEqual({
      role: 'internet_provider',
      first: [],
      alsoAsk: [contacts[1]],
    });
    expect(contactsForCause('ok', shop, contacts)).toEqual({ role: null, first: [], alsoAsk: [] });
  });
});
