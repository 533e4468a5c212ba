import type { ReactNode } from 'react';

/** Which entry of a list is being changed or is about to be removed, or that a new one is being added. */
export type ListEditing =
  { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string };

export interface ItemAction {
  label: string;
  onClick(): void;
}

/**
 * One entry of a settings list (a monitor, a contact): what it is with its buttons, its form while it
 * is being changed, or the question before removing it. Each button names the entry for screen readers.
 */
export function EditableItem({
  name,
  about,
  form,
  confirm,
  actions,
}: {
  name: string;
  about: ReactNode;
  /** Shown instead of everything else while the entry is being changed. */
  form?: ReactNode;
  /** Shown instead of the buttons while the owner is asked to confirm removing the entry. */
  confirm?: { question: string; yes: string; no: string; onYes(): void; onNo(): void; label: string };
  actions: readonly ItemAction[];
}) {
  if (form) return <>{form}</>;
  return (
    <>
      <div className="settings-monitor__about">{about}</div>
      {confirm ? (
        <div className="settings-monitor__confirm" role="group" aria-label={confirm.label}>
          <p>{confirm.question}</p>
          <button type="button" className="button button--danger" onClick={confirm.onYes}>
            {confirm.yes}
          </button>
          <button type="button" className="button" onClick={confirm.onNo}>
            {confirm.no}
          </button>
        </div>
      ) : (
        <div className="settings-monitor__actions">
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              className="button button--small"
              aria-label={`${action.label}: ${name}`}
              onClick={action.onClick}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
