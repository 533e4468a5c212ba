import { useState } from 'react';
import { interpolate } from '../../../shared/i18n/interpolate';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import { welcomeTexts } from '../../../shared/i18n/welcome';
import type { Contact, Settings } from '../../../shared/settings';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { ContactForm } from './contact-form';
import { EditableItem } from './editable-item';
import type { ListEditing } from './editable-item';

/** The people and companies the recovery guide sends the owner to, each with change and remove. */
export function ContactSection({ settings }: { settings: Settings }) {
  const texts = useCatalog(settingsSectionsTexts).contacts;
  const roles = useCatalog(welcomeTexts).contactRole;
  const changeSettings = useAppStore((state) => state.changeSettings);
  const [editing, setEditing] = useState<ListEditing>({ kind: 'none' });
  const stopEditing = () => setEditing({ kind: 'none' });
  const contacts = settings.contacts;

  const store = async (next: Contact[]) => {
    const result = await changeSettings({ contacts: next });
    if (result.ok) setEditing({ kind: 'none' });
    return result.ok;
  };
  const replace = (changed: Contact) =>
    store(contacts.map((contact) => (contact.id === changed.id ? changed : contact)));

  return (
    <section className="settings-section" aria-labelledby="settings-contacts">
      <h2 id="settings-contacts">{texts.heading}</h2>
      <p>{texts.intro}</p>
      {contacts.length === 0 && <p className="muted">{texts.none}</p>}
      <ul className="settings-monitors">
        {contacts.map((contact) => (
          <li key={contact.id} className="settings-monitor" data-settings-contact={contact.name}>
            <EditableItem
              name={contact.name}
              about={
                <>
                  <span className="settings-monitor__name">{contact.name}</span>
                  <span className="muted">
                    {[roles[contact.role], contact.phone, contact.email].filter(Boolean).join(' · ')}
                  </span>
                </>
              }
              form={
                editing.kind === 'edit' &&
                editing.id === contact.id && (
                  <ContactForm contact={contact} onSave={replace} onCancel={stopEditing} />
                )
              }
              confirm={
                editing.kind === 'delete' && editing.id === contact.id
                  ? {
                      label: texts.delete,
                      question: interpolate(texts.confirmDelete, { name: contact.name }),
                      yes: texts.confirmDeleteYes,
                      no: texts.cancel,
                      onYes: () => void store(contacts.filter((other) => other.id !== contact.id)),
                      onNo: stopEditing,
                    }
                  : undefined
              }
              actions={[
                { label: texts.edit, onClick: () => setEditing({ kind: 'edit', id: contact.id }) },
                { label: texts.delete, onClick: () => setEditing({ kind: 'delete', id: contact.id }) },
              ]}
            />
          </li>
        ))}
      </ul>
      {editing.kind === 'add' ? (
        <ContactForm onSave={(contact) => store([...contacts, contact])} onCancel={stopEditing} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing({ kind: 'add' })}>
          {texts.add}
        </button>
      )}
    </section>
  );
}
