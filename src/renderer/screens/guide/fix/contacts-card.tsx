import { pickCatalog } from '../../../../shared/i18n/interpolate';
import type { DiagnosisContactRole } from '../../../../shared/diagnosis';
import { guideTextCatalogs } from '../../../../shared/guide/guide-texts';
import type { Settings } from '../../../../shared/settings';
import { interpolate, useLocale } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';

/** Who to call for this cause first, from the owner's contacts; a clear way to add one when there is none. */
export function ContactsCard({ role, settings }: { role: DiagnosisContactRole; settings: Settings | null }) {
  const texts = useGuideTexts().fix;
  const locale = useLocale();
  const navigate = useAppStore((state) => state.navigate);
  const openExternal = useAppStore((state) => state.api['app.openExternal']);
  const roleName = pickCatalog(guideTextCatalogs, locale).contactRoles[role];
  const contacts = settings?.contacts.filter((contact) => contact.role === role) ?? [];
  return (
    <section className="contacts-card" aria-labelledby="fix-contacts">
      <h3 id="fix-contacts">{texts.contactsHeading}</h3>
      <p>{interpolate(texts.callFirst, { role: roleName })}</p>
      {settings !== null && contacts.length === 0 && (
        <>
          <p className="muted">{interpolate(texts.noContact, { role: roleName })}</p>
          <button type="button" className="button" onClick={() => navigate({ page: 'settings' })}>
            {texts.addContact}
          </button>
        </>
      )}
      {contacts.map((contact) => (
        <div key={contact.id} className="contact" data-testid="contact">
          <p className="contact__name">{contact.name}</p>
          <dl className="contact__ways">
            {contact.phone && (
              <div>
                <dt>{texts.phone}</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                </dd>
              </div>
            )}
            {contact.email && (
              <div>
                <dt>{texts.email}</dt>
                <dd>{contact.email}</dd>
              </div>
            )}
            {contact.url && (
              <div>
                <dt>{texts.website}</dt>
                <dd>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void openExternal({ url: contact.url ?? '' })}
                  >
                    {contact.url}
                  </button>
                </dd>
              </div>
            )}
          </dl>
          {contact.notes && <p className="muted">{contact.notes}</p>}
        </div>
      ))}
    </section>
  );
}
