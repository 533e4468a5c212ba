import { useState } from 'react';
import type { ZodType } from 'zod';
import type { ApiError } from '../../../shared/api-contract';
import { fieldErrorsByPath } from '../../../shared/field-issues';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { SettingsChange } from '../../../shared/settings';
import { useCatalog } from '../../i18n/texts';
import { useFailureText } from '../../i18n/use-failure-text';
import { useAppStore } from '../../store/app-store-context';

export type SaveState = 'idle' | 'saved' | 'failed';

/**
 * Saves a section's settings: checked first with the app's own schema (each field's problem kept in the
 * owner's words by its path), then sent; remembers how it went for the line beside the save button.
 */
export function useSettingsSave() {
  const changeSettings = useAppStore((state) => state.changeSettings);
  const errorTexts = useCatalog(fieldErrorTexts);
  const [status, setStatus] = useState<SaveState>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** The app's refusal of the last save, so a disk that let it down is named. */
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const save = async (change: SettingsChange): Promise<boolean> => {
    const result = await changeSettings(change);
    setRefusal(result.ok ? null : result.error);
    setStatus(result.ok ? 'saved' : 'failed');
    return result.ok;
  };
  const saveChecked = async <T,>(
    schema: ZodType<T>,
    value: unknown,
    change: (checked: T) => SettingsChange,
  ): Promise<boolean> => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      setErrors(fieldErrorsByPath(parsed.error, errorTexts));
      setRefusal(null);
      setStatus('failed');
      return false;
    }
    setErrors({});
    return save(change(parsed.data));
  };
  return { status, setStatus, errors, refusal, save, saveChecked };
}

/** "Saved." or what to do after a refusal (naming the file when the disk refused), announced politely. */
export function SaveStatus({ status, refusal = null }: { status: SaveState; refusal?: ApiError | null }) {
  const texts = useCatalog(settingsScreenTexts);
  const failureText = useFailureText();
  return (
    <span role="status" className={status === 'failed' ? 'form-failed' : 'muted'}>
      {status === 'saved' ? texts.saved : status === 'failed' ? failureText(refusal, texts.saveFailed) : ''}
    </span>
  );
}
