import { useState } from 'react';
import type { ApiError } from '../../../shared/api-contract';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { interpolate } from '../../../shared/i18n/interpolate';
import { MONITOR_FORM_FIELDS, settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { Monitor, MonitorInput } from '../../../shared/monitor';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { TargetPreview } from '../../components/target-preview/target-preview';
import { useTargetPreview } from '../../components/target-preview/use-target-preview';
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
  const preview = useTargetPreview(values.target, values.keyword.trim() || undefined);

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
      {MONITOR_FORM_FIELDS.map((field) => (
        <TextField
          key={field}
          name={field}
          label={texts.fields[field].label}
          hint={texts.fields[field].hint}
          value={values[field]}
          error={errors[field]}
          type={field === 'target' ? 'url' : 'text'}
          inputMode={
            ['intervalSeconds', 'timeoutSeconds', 'slowThresholdMs', 'tlsWarnDays'].includes(field)
              ? 'numeric'
              : undefined
          }
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
        >
          {field === 'target' && (
            <TargetPreview
              state={preview}
              typed={values.target}
              onUseTarget={(target) => setValues((current) => ({ ...current, target }))}
            />
          )}
        </TextField>
      ))}
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
