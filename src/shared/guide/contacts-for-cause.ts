import type { CauseCode } from '../cause-codes';
import type { CheckDetails } from '../check-result';
import type { DiagnosisContactRole } from '../diagnosis';
import { contactRoleFor } from '../diagnosis';
import type { Contact } from '../settings';

export interface ContactsForCause {
  /** Who this cause calls for; null when nobody needs calling (the cause is `ok`). */
  role: DiagnosisContactRole | null;
  /** The owner's contacts in that role, to call first; empty means "add a contact". */
  first: Contact[];
  /** The IT partner, who can help with anything, when the cause calls for someone else; else the supplier. */
  alsoAsk: Contact[];
}

/**
 * Who to call for a diagnosis, from the contacts in the settings: a device on the owner's own network is
 * the IT partner's (or the supplier's), a domain the registrar's, a site the hosting company's, the
 * connection the internet provider's.
 */
export function contactsForCause(
  cause: CauseCode,
  details: CheckDetails,
  contacts: readonly Contact[],
): ContactsForCause {
  const role = contactRoleFor(cause, details);
  if (role === null) return { role, first: [], alsoAsk: [] };
  const inRole = (wanted: Contact['role']) => contacts.filter((contact) => contact.role === wanted);
  // A device on the owner's own network is the IT partner's, or else the supplier's who installed it.
  return { role, first: inRole(role), alsoAsk: inRole(role === 'it_partner' ? 'supplier' : 'it_partner') };
}
