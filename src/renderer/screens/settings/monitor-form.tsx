import { useState } from 'react';
import type { ApiError } from '../../../shared/api-contract';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { interpolate } from '../../../shared/i18n/interpolate';
import { MONITOR_FORM_FIELDS, settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { Monitor, MonitorInput } from '../../../shared/monitor';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { TargetField } from '../../components/target-preview/target-field';
import { useCatalog } from '../../i18n/texts';
import { useFailureText } from '../../i18n/use-failure-text';
import { checkMonitorForm, formValues } from './monitor-form-values';
import type { MonitorFormErrors } from './monitor-form-values';

/** Adds or changes one monitor: every field checked by the app's schema, the address checked live. */
export function MonitorForm({
  monitor,
  onSave,
  onCancel,
}: {
  monitor?: Monitor;
  /** null when saved, otherwise why not. */
  onSave(input: MonitorInput): Promise<ApiError | null>;
  onCancel(): void;
}) {
  const screenTexts = useCatalog(settingsScreenTexts);
  const texts = screenTexts.monitors;
  const errorTexts = useCatalog(fieldErrorTexts);
  const [values, setValues] = useState(() => formValues(monitor));
  const [errors, setErrors] = useState<MonitorFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const failureText = useFailureText();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const checked = checkMonitorForm(values, errorTexts);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    const refused = await onSave(checked.input);
    setSaving(false);
    setFailure(refused);
  }

  return (
    <form className="monitor-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{monitor ? interpolate(texts.formEditHeading, { name: monitor.name }) : texts.formAddHeading}</h3>
      {MONITOR_FORM_FIELDS.map((field) => {
        const common = {
          name: field,
          label: texts.fields[field].label,
          hint: texts.fields[field].hint,
          value: values[field],
          error: errors[field],
          onChange: (value: string) => setValues((current) => ({ ...current, [field]: value })),
        };
        return field === 'target' ? (
          <TargetField key={field} {...common} keyword={values.keyword.trim() || undefined} />
        ) : (
          <TextField
            key={field}
            {...common}
            inputMode={
              ['intervalSeconds', 'timeoutSeconds', 'slowThresholdMs', 'tlsWarnDays'].includes(field)
                ? 'numeric'
                : undefined
            }
          />
        );
      })}
      {failure && (
        <p className="form-failed" role="alert">
          {failureText(failure, screenTexts.saveFailed)}
        </p>
      )}
      <FormActions
        save={saving ? texts.saving : texts.save}
        busy={saving}
        cancel={texts.cancel}
        onCancel={onCancel}
      />
    </form>
  );
}
