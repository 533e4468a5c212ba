import { useState } from 'react';
import { fieldErrorsByPath } from '../../../shared/field-issues';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { interpolate } from '../../../shared/i18n/interpolate';
import type { ContactFormField } from '../../../shared/i18n/settings-sections';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import { CONTACT_FORM_FIELDS, settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import { welcomeTexts } from '../../../shared/i18n/welcome';
import type { Contact } from '../../../shared/settings';
import { CONTACT_ROLES, contactSchema } from '../../../shared/settings';
import { SelectField } from '../../components/form/select-field';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';

type ContactValues = Record<ContactFormField, string> & { role: Contact['role'] };

function valuesOf(contact?: Contact): ContactValues {
  return {
    role: contact?.role ?? 'hosting',
    name: contact?.name ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    url: contact?.url ?? '',
    notes: contact?.notes ?? '',
  };
}

/** A support page typed as people type it (hostnet.nl/support) is an https address. */
function supportUrl(typed: string): string {
  const text = typed.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

/** Checks the contact with the app's own schema; optional fields left empty are left out. */
function checkContact(values: ContactValues, id: string) {
  const optional = (field: ContactFormField, value = values[field].trim()) =>
    value === '' ? {} : { [field]: field === 'url' ? supportUrl(value) : value };
  return contactSchema.safeParse({
    id,
    role: values.role,
    name: values.name,
    ...optional('phone'),
    ...optional('email'),
    ...optional('url'),
    ...optional('notes'),
  });
}

/** Adds or changes one person or company to call; every field checked and explained in words. */
export function ContactForm({
  contact,
  onSave,
  onCancel,
}: {
  contact?: Contact;
  onSave(contact: Contact): Promise<boolean>;
  onCancel(): void;
}) {
  const texts = useCatalog(settingsSectionsTexts).contacts;
  const roles = useCatalog(welcomeTexts).contactRole;
  const errorTexts = useCatalog(fieldErrorTexts);
  const { saveFailed } = useCatalog(settingsScreenTexts);
  const [values, setValues] = useState(() => valuesOf(contact));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const checked = checkContact(values, contact?.id ?? crypto.randomUUID());
    if (!checked.success) {
      setErrors(fieldErrorsByPath(checked.error, errorTexts));
      return;
    }
    setErrors({});
    setFailed(!(await onSave(checked.data)));
  }

  return (
    <form className="contact-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{contact ? interpolate(texts.formEditHeading, { name: contact.name }) : texts.formAddHeading}</h3>
      <SelectField<Contact['role']>
        label={texts.role}
        value={values.role}
        choices={CONTACT_ROLES.map((role) => ({ value: role, label: roles[role] }))}
        onChange={(role) => setValues((current) => ({ ...current, role }))}
      />
      {CONTACT_FORM_FIELDS.map((field) => (
        <TextField
          key={field}
          name={field}
          label={texts.fields[field].label}
          hint={texts.fields[field].hint}
          value={values[field]}
          error={errors[field]}
          type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : field === 'url' ? 'url' : 'text'}
          multiline={field === 'notes'}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
        />
      ))}
      {failed && (
        <p className="form-failed" role="alert">
          {saveFailed}
        </p>
      )}
      <FormActions save={texts.save} cancel={texts.cancel} onCancel={onCancel} />
    </form>
  );
}
