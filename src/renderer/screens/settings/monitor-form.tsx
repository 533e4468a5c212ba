import { useState } from 'react';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { interpolate } from '../../../shared/i18n/interpolate';
import { MONITOR_FORM_FIELDS, settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { Monitor, MonitorInput } from '../../../shared/monitor';
import { TextField } from '../../components/form/text-field';
import { TargetPreview } from '../../components/target-preview/target-preview';
import { useTargetPreview } from '../../components/target-preview/use-target-preview';
import { useCatalog } from '../../i18n/texts';
import { checkMonitorForm, formValues } from './monitor-form-values';
import type { MonitorFormErrors } from './monitor-form-values';

/** Adds or changes one monitor: every field checked by the app's schema, the address checked live. */
export function MonitorForm({
  monitor,
  onSave,
  onCancel,
}: {
  monitor?: Monitor;
  onSave(input: MonitorInput): Promise<boolean>;
  onCancel(): void;
}) {
  const screenTexts = useCatalog(settingsScreenTexts);
  const texts = screenTexts.monitors;
  const errorTexts = useCatalog(fieldErrorTexts);
  const [values, setValues] = useState(() => formValues(monitor));
  const [errors, setErrors] = useState<MonitorFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
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
    const saved = await onSave(checked.input);
    setSaving(false);
    setFailed(!saved);
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
      {failed && (
        <p className="form-failed" role="alert">
          {screenTexts.saveFailed}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? texts.saving : texts.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}
