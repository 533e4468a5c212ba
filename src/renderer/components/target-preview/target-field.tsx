import type { TextFieldProps } from '../form/text-field';
import { TextField } from '../form/text-field';
import { TargetPreview } from './target-preview';
import { useTargetPreview } from './use-target-preview';

export type TargetFieldProps = Omit<TextFieldProps, 'children' | 'multiline'> & {
  /** Text the page must hold, checked in the preview as the monitor would check it. */
  keyword?: string;
};

/**
 * An address the owner types, checked live once they pause ("We can reach it. It answers in 230 ms."),
 * with the offer to use http when a site typed without a scheme has no https. The welcome and the
 * settings' monitor form share it.
 */
export function TargetField({ keyword, ...field }: TargetFieldProps) {
  const preview = useTargetPreview(field.value, keyword);
  return (
    <TextField type="url" inputMode="url" {...field}>
      <TargetPreview state={preview} typed={field.value} onUseTarget={field.onChange} />
    </TextField>
  );
}
