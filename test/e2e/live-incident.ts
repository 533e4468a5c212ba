import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { z } from 'zod';
import { businessProfileSchema } from '../../src/shared/settings';
import { rawRequest } from '../../src/web/testing/http-client';
import type { HttpFixture } from '../fixtures/http-fixture';
import { startHttpFixture } from '../fixtures/http-fixture';
import type { Contact } from '../../src/shared/settings';
import type { WebModeProcess } from './web-mode-process';
import { FAST_CHECKS, loopbackConnectivity, startWebMode } from './web-mode-process';

export interface LiveIncident {
  web: WebModeProcess;
  /** The web shop's fixture, to take it down or bring it back. */
  shop: HttpFixture;
  /** When the incident opened, as the API says; messages carry it in the reader's clock time. */
  openedAt(): Promise<number>;
  /** Stops web mode (expecting a clean exit) and both fixtures. */
  stop(): Promise<void>;
}

/** The bakery's profile: a status link with a query to encode, and a workaround for customers. */
export const BAKERY_PROFILE: z.input<typeof businessProfileSchema> = {
  name: 'Bakkerij De Zon',
  website: 'https://bakkerijdezon.nl',
  followUpdatesAt: 'https://status.bakkerijdezon.nl/?a=1&b=2',
  workaround: 'order by phone on 010-123 45 67',
};

export interface LiveIncidentOptions {
  /** False starts with the shop up, for a test that watches it go down; true by default. */
  shopDown?: boolean;
  /** The owner's contacts, for the guide's "who to call" and support request. */
  contacts?: Contact[];
}

/**
 * A real `back-online web` for a bakery whose web shop (a loopback fixture) answers 500, with the business
 * profile the messages are filled from: a live incident within a check interval and a re-check.
 */
async function startLiveIncident({ shopDown = true, contacts }: LiveIncidentOptions): Promise<LiveIncident> {
  const shop = await startHttpFixture();
  const reference = await startHttpFixture();
  const web = await startWebMode({
    language: 'en',
    connectivity: loopbackConnectivity(reference.port),
    checks: FAST_CHECKS,
    business: businessProfileSchema.parse(BAKERY_PROFILE),
    ...(contacts ? { contacts } : {}),
    monitors: [{ name: 'Webshop', target: shop.url('/'), publicName: 'our web shop' }],
  });
  if (shopDown) await shop.setMode('server_error');
  return {
    web,
    shop,
    async openedAt() {
      const response = await rawRequest(web.port, {
        path: '/api/state.get',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-back-online-token': web.token, origin: web.origin },
        body: '{}',
      });
      const state = JSON.parse(response.body) as { value: { openIncidents: { openedAt: number }[] } };
      const openedAt = state.value.openIncidents[0]?.openedAt;
      if (openedAt === undefined) throw new Error('no open incident');
      return openedAt;
    },
    async stop() {
      expect(await web.stop()).toBe(0);
      await shop.close();
      await reference.close();
    },
  };
}

/** One live incident for a serial suite: started before its first test, stopped after its last. */
export function liveIncidentForSuite(options: LiveIncidentOptions = {}): () => LiveIncident {
  let live: LiveIncident | undefined;
  test.beforeAll(async () => {
    live = await startLiveIncident(options);
  });
  test.afterAll(async () => {
    await live?.stop();
  });
  return () => {
    if (live === undefined) throw new Error('the live incident starts in beforeAll');
    return live;
  };
}

/** axe-core on one part of the page: no serious or critical finding. */
export async function expectNoSeriousAxeViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
  ).toEqual([]);
}
