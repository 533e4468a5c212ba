import type { ZodError } from 'zod';
import type { ApiError, BackOnlineApi } from '../../../shared/api-contract';
import { describeFieldIssues } from '../../../shared/field-issues';
import type { FieldErrorTexts } from '../../../shared/i18n/field-errors';
import type { WelcomeContactRole, WelcomeTexts } from '../../../shared/i18n/welcome';
import { WELCOME_CONTACT_ROLES } from '../../../shared/i18n/welcome';
import { monitorInputSchema } from '../../../shared/monitor';
import type { Contact, Settings } from '../../../shared/settings';
import { businessProfileSchema, contactSchema } from '../../../shared/settings';
import { parseTarget } from '../../../shared/target';

/** What the owner typed in the welcome; nothing is saved until they start watching. */
export interface WelcomeDraft {
  businessName: string;
  website: string;
  device: string;
  /** Programs and services of this computer the owner picked from the list. */
  local: LocalPick[];
  contacts: Record<WelcomeContactRole, { name: string; phone: string }>;
}

export interface LocalPick {
  kind: 'process' | 'service';
  name: string;
}

/** `process://kassa`: names are written encoded, so a space or slash in a service name stays one name. */
export const localTarget = (pick: LocalPick) => `${pick.kind}://${encodeURIComponent(pick.name)}`;

export type WelcomeField = 'businessName' | 'website' | 'device' | 'local' | `contact.${WelcomeContactRole}`;
export type WelcomeErrors = Partial<Record<WelcomeField, string>>;

export function emptyDraft(): WelcomeDraft {
  const contacts = Object.fromEntries(WELCOME_CONTACT_ROLES.map((role) => [role, { name: '', phone: '' }]));
  return {
    businessName: '',
    website: '',
    device: '',
    local: [],
    contacts: contacts as WelcomeDraft['contacts'],
  };
}

/** A monitor is named after what it watches: the site's host name reads better than a URL. */
function siteName(target: string): string {
  const parsed = parseTarget(target);
  return parsed.ok && parsed.target.kind === 'http' ? parsed.target.host : target.trim();
}

type Validated = { ok: true; settings: Partial<Settings>; monitors: { name: string; target: string }[] };

/** Checks every field with the same schemas the app uses, and says in words what is wrong where. */
export function validateDraft(
  draft: WelcomeDraft,
  current: Settings,
  texts: WelcomeTexts,
  errorTexts: FieldErrorTexts,
): Validated | { ok: false; errors: WelcomeErrors } {
  const errors: WelcomeErrors = {};
  const firstError = (result: { success: boolean; error?: ZodError }) =>
    result.error ? describeFieldIssues(result.error, errorTexts)[0]?.text : undefined;

  const site = monitorInputSchema.safeParse({
    name: siteName(draft.website) || 'website',
    target: draft.website,
  });
  if (!site.success) errors.website = firstError(site);
  const device =
    draft.device.trim() === ''
      ? null
      : monitorInputSchema.safeParse({ name: texts.deviceName, target: draft.device });
  if (device && !device.success) errors.device = firstError(device);
  const local = draft.local.map((pick) =>
    monitorInputSchema.safeParse({ name: pick.name, target: localTarget(pick) }),
  );
  const badPick = local.find((pick) => !pick.success);
  if (badPick) errors.local = firstError(badPick);
  const business = businessProfileSchema.safeParse({
    ...current.business,
    name: draft.businessName.trim(),
    website: site.success ? site.data.target : '',
  });
  if (!business.success) errors.businessName = firstError(business);
  const contacts: Contact[] = [];
  for (const role of WELCOME_CONTACT_ROLES) {
    const { name, phone } = draft.contacts[role];
    if (name.trim() === '' && phone.trim() === '') continue;
    const contact = contactSchema.safeParse({
      id: `welcome-${role}`,
      role,
      name: name.trim() || texts.contactRole[role],
      ...(phone.trim() ? { phone: phone.trim() } : {}),
    });
    if (contact.success) contacts.push(contact.data);
    else errors[`contact.${role}`] = firstError(contact);
  }
  if (!site.success || (device && !device.success) || !business.success || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    monitors: [
      site.data,
      ...(device?.success ? [device.data] : []),
      ...local.flatMap((pick) => (pick.success ? [pick.data] : [])),
    ],
    settings: { business: business.data, contacts: [...current.contacts, ...contacts], onboarded: true },
  };
}

/**
 * Creates the monitors, then marks the welcome done; a failure leaves onboarding open to try again and
 * answers why (null when all was saved).
 */
export async function saveDraft(api: BackOnlineApi, validated: Validated): Promise<ApiError | null> {
  for (const monitor of validated.monitors) {
    const created = await api['monitors.create'](monitor);
    if (!created.ok) return created.error;
  }
  const saved = await api['settings.set'](validated.settings);
  return saved.ok ? null : saved.error;
}
