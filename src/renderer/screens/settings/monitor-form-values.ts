import type { ZodError } from 'zod';
import { describeFieldIssues } from '../../../shared/field-issues';
import type { FieldErrorTexts } from '../../../shared/i18n/field-errors';
import type { MonitorFormField } from '../../../shared/i18n/settings-screen';
import { MONITOR_FORM_FIELDS } from '../../../shared/i18n/settings-screen';
import type { Monitor, MonitorChanges, MonitorInput } from '../../../shared/monitor';
import { monitorInputSchema } from '../../../shared/monitor';

/** The form holds what the owner typed, as text; numbers become numbers only when it is checked. */
export type MonitorFormValues = Record<MonitorFormField, string>;
export type MonitorFormErrors = Partial<Record<MonitorFormField, string>>;

const NUMBER_FIELDS = new Set<MonitorFormField>([
  'intervalSeconds',
  'timeoutSeconds',
  'slowThresholdMs',
  'tlsWarnDays',
]);

export function formValues(monitor?: Monitor): MonitorFormValues {
  const values = Object.fromEntries(MONITOR_FORM_FIELDS.map((field) => [field, ''])) as MonitorFormValues;
  if (!monitor) return values;
  for (const field of MONITOR_FORM_FIELDS) {
    const value = monitor[field];
    if (value !== undefined) values[field] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return values;
}

/** "12", "12.5" and "twelve" all reach the schema as what they are, so it can say which is wrong. */
function typedNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
}

function toInput(values: MonitorFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = { name: values.name, target: values.target };
  for (const field of MONITOR_FORM_FIELDS) {
    const text = values[field].trim();
    if (field === 'name' || field === 'target' || text === '') continue;
    if (NUMBER_FIELDS.has(field)) input[field] = typedNumber(text);
    else if (field === 'expectedStatus')
      input[field] = text
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(typedNumber);
    else input[field] = values[field];
  }
  return input;
}

/** Checks the form with the app's own schema; each field gets its first problem in the owner's words. */
export function checkMonitorForm(
  values: MonitorFormValues,
  texts: FieldErrorTexts,
): { ok: true; input: MonitorInput } | { ok: false; errors: MonitorFormErrors } {
  const parsed = monitorInputSchema.safeParse(toInput(values));
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error, texts) };
}

function fieldErrors(error: ZodError, texts: FieldErrorTexts): MonitorFormErrors {
  const errors: MonitorFormErrors = {};
  for (const issue of describeFieldIssues(error, texts)) {
    const field = issue.path.split('.')[0] as MonitorFormField;
    if (errors[field] === undefined)
      errors[field] = field === 'expectedStatus' ? texts.statusCodes : issue.text;
  }
  return errors;
}

/** The form's fields left empty are cleared (null), so removing a keyword or threshold really removes it. */
export function withClearedFields(input: MonitorInput): MonitorChanges {
  const changes: MonitorChanges = { ...input };
  for (const field of MONITOR_FORM_FIELDS) {
    if (field !== 'name' && field !== 'target' && input[field] === undefined) changes[field] = null;
  }
  return changes;
}
