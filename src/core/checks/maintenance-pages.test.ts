import { describe, expect, it } from 'vitest';
import {
  BLOG_ABOUT_DATABASE_ERROR_PAGE,
  SHOP_PAGE,
  SHORT_SHOP_PAGE,
} from '../../../test/fixtures/error-page-samples';
import {
  BACK_SOON_PAGE,
  MAINTENANCE_PLUGIN_PAGE,
  SHOP_MENTIONING_MAINTENANCE,
  WORDPRESS_MAINTENANCE,
} from '../../../test/fixtures/false-alarm-samples';
import { detectMaintenancePage, MAINTENANCE_PAGE_IDS, type MaintenancePageId } from './maintenance-pages';

const SAMPLES: [string, string, MaintenancePageId][] = [
  ['WordPress core (.maintenance)', WORDPRESS_MAINTENANCE.body, 'wordpress'],
  ['WP Maintenance Mode plugin', MAINTENANCE_PLUGIN_PAGE.body, 'plugin'],
  [
    'Under Construction plugin',
    '<h1>Sorry, we are doing some work on the site</h1><p>Thank you for being patient. We are doing some work on the site and will be back shortly.</p>',
    'plugin',
  ],
  ['a “we’ll be back soon” page', BACK_SOON_PAGE.body, 'announced'],
  [
    '“down for maintenance”',
    '<title>Down</title><p>Our site is down for scheduled maintenance until 14:00.</p>',
    'announced',
  ],
  [
    'a Dutch maintenance page',
    '<h1>Onderhoud</h1><p>Onze webshop is tijdelijk in onderhoud. We zijn zo weer terug!</p>',
    'announced',
  ],
];

describe('detectMaintenancePage', () => {
  for (const [label, body, id] of SAMPLES) {
    it(`recognises ${label}`, () => expect(detectMaintenancePage(body)).toBe(id));
  }

  it('has a sample for every kind', () => {
    expect(new Set(SAMPLES.map(([, , id]) => id))).toEqual(new Set(MAINTENANCE_PAGE_IDS));
  });

  it('leaves real pages alone, even when they mention maintenance in passing', () => {
    for (const page of [
      SHOP_PAGE,
      SHORT_SHOP_PAGE,
      BLOG_ABOUT_DATABASE_ERROR_PAGE,
      SHOP_MENTIONING_MAINTENANCE,
    ]) {
      expect(detectMaintenancePage(page)).toBeNull();
    }
    expect(
      detectMaintenancePage('<p>Book your bike maintenance online, we are open six days a week.</p>'),
    ).toBeNull();
  });
});
