import { useState } from 'react';
import { fieldErrorsByPath } from '../../../shared/field-issues';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import type { MaintenanceWindow } from '../../../shared/settings';
import { maintenanceWindowSchema } from '../../../shared/settings';
import { CheckboxField } from '../../components/form/checkbox-field';
import { FormActions } from '../../components/form/form-actions';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';

/** The owner's week starts on Monday; the settings count from Sunday (0) as JavaScript does. */
export const WEEK_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0] as const;

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list, item] : list.filter((entry) => entry !== item);

/** One weekly maintenance window: days, from–until, and what it covers (nothing picked is everything). */
export function MaintenanceForm({
  monitorNames,
  onSave,
  onCancel,
}: {
  monitorNames: readonly string[];
  onSave(window: MaintenanceWindow): Promise<boolean>;
  onCancel(): void;
}) {
  const texts = useCatalog(settingsSectionsTexts).maintenance;
  const errorTexts = useCatalog(fieldErrorTexts);
  const [draft, setDraft] = useState<MaintenanceWindow>({ days: [], monitors: [], start: '', end: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = maintenanceWindowSchema.safeParse({
      ...draft,
      days: WEEK_FROM_MONDAY.filter((day) => draft.days.includes(day)),
      start: draft.start.trim(),
      end: draft.end.trim(),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsByPath(parsed.error, errorTexts));
      return;
    }
    setErrors({});
    await onSave(parsed.data);
  }

  return (
    <form className="maintenance-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{texts.add}</h3>
      <fieldset className="field settings-days">
        <legend className="field__label">{texts.days}</legend>
        <p className="field__hint">{texts.daysHint}</p>
        {WEEK_FROM_MONDAY.map((day) => (
          <CheckboxField
            key={day}
            label={texts.dayNames[day]}
            checked={draft.days.includes(day)}
            onChange={(on) => setDraft({ ...draft, days: toggled(draft.days, day, on) })}
          />
        ))}
      </fieldset>
      <div className="settings-times">
        <TextField
          label={texts.start}
          hint={texts.timeHint}
          value={draft.start}
          error={errors.start}
          inputMode="numeric"
          onChange={(start) => setDraft({ ...draft, start })}
        />
        <TextField
          label={texts.end}
          value={draft.end}
          error={errors.end}
          inputMode="numeric"
          onChange={(end) => setDraft({ ...draft, end })}
        />
      </div>
      {monitorNames.length > 1 && (
        <fieldset className="field">
          <legend className="field__label">{texts.monitors}</legend>
          <p className="field__hint">{texts.monitorsHint}</p>
          {monitorNames.map((name) => (
            <CheckboxField
              key={name}
              label={name}
              checked={draft.monitors.includes(name)}
              onChange={(on) => setDraft({ ...draft, monitors: toggled(draft.monitors, name, on) })}
            />
          ))}
        </fieldset>
      )}
      <FormActions save={texts.save} cancel={texts.cancel} onCancel={onCancel} />
    </form>
  );
}
