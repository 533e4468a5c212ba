import type { ReactNode } from 'react';

/** A form's submit button, the way out without saving when it has one, and how saving went. */
export function FormActions({
  save,
  cancel,
  onCancel,
  busy = false,
  children,
}: {
  save: string;
  cancel?: string;
  onCancel?: () => void;
  busy?: boolean;
  /** Beside the buttons, e.g. "Saved." */
  children?: ReactNode;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {save}
      </button>
      {cancel && onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {cancel}
        </button>
      )}
      {children}
    </div>
  );
}
