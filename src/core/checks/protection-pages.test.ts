import { describe, expect, it } from 'vitest';
import { SHOP_PAGE } from '../../../test/fixtures/error-page-samples';
import {
  CLOUDFLARE_BLOCK,
  CLOUDFLARE_CHALLENGE_403,
  CLOUDFLARE_CHALLENGE_503,
  CLOUDFLARE_PROXIED_FORBIDDEN,
  DDOS_GUARD_CHECK,
  IMPERVA_BLOCK,
  SUCURI_BLOCK,
  WORDFENCE_BLOCK,
  type SamplePage,
} from '../../../test/fixtures/false-alarm-samples';
import {
  detectProtection,
  PROTECTION_SERVICES,
  PROTECTION_SIGNATURES,
  type ProtectionService,
} from './protection-pages';

const detect = ({ headers, body }: SamplePage) => detectProtection(headers, body);

const SAMPLES: [string, SamplePage, ProtectionService][] = [
  ['Cloudflare managed challenge (403)', CLOUDFLARE_CHALLENGE_403, 'Cloudflare'],
  ['Cloudflare JavaScript challenge (503)', CLOUDFLARE_CHALLENGE_503, 'Cloudflare'],
  ['Cloudflare firewall block', CLOUDFLARE_BLOCK, 'Cloudflare'],
  ['Sucuri firewall', SUCURI_BLOCK, 'Sucuri'],
  ['Wordfence block', WORDFENCE_BLOCK, 'Wordfence'],
  ['Imperva (Incapsula)', IMPERVA_BLOCK, 'Imperva'],
  ['DDoS-Guard browser check', DDOS_GUARD_CHECK, 'DDoS-Guard'],
];

describe('detectProtection', () => {
  for (const [label, sample, service] of SAMPLES) {
    it(`recognises ${label}`, () => expect(detect(sample)).toBe(service));
  }

  it('has a sample for every service on the list', () => {
    expect(new Set(SAMPLES.map(([, , service]) => service))).toEqual(new Set(PROTECTION_SERVICES));
    expect(PROTECTION_SIGNATURES.map((signature) => signature.service)).toEqual([...PROTECTION_SERVICES]);
  });

  it('recognises the Cloudflare challenge by its header alone, whatever the body', () => {
    expect(detectProtection({ 'cf-mitigated': 'challenge' }, '')).toBe('Cloudflare');
    expect(detectProtection({ 'x-sucuri-block': 'BL001' }, '<h1>Denied</h1>')).toBe('Sucuri');
  });

  it('does not take the presence of a service for a block: a real 403 behind Cloudflare stays the site’s', () => {
    expect(detect(CLOUDFLARE_PROXIED_FORBIDDEN)).toBeNull();
    expect(
      detectProtection({ 'x-sucuri-id': '18019', server: 'Sucuri/Cloudproxy' }, '<h1>Not found</h1>'),
    ).toBeNull();
    expect(detectProtection({ server: 'ddos-guard' }, '<h1>Forbidden</h1>')).toBeNull();
  });

  it('leaves ordinary pages alone, including one that names the services', () => {
    expect(detectProtection({}, SHOP_PAGE)).toBeNull();
    expect(
      detectProtection(
        {},
        '<p>We use Cloudflare and Wordfence to keep this shop safe. Questions? Ask the site owner.</p>',
      ),
    ).toBeNull();
  });
});
