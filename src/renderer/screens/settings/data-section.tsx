import { useState } from 'react';
import { describeFieldIssue } from '../../../shared/field-issues';
import { fieldErrorTexts } from '../../../shared/i18n/field-errors';
import { interpolate } from '../../../shared/i18n/interpolate';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { Settings } from '../../../shared/settings';
import type { ImportPlan } from '../../../shared/settings-transfer';
import {
  exportSettings,
  MAX_IMPORT_BYTES,
  planImport,
  planIsEmpty,
  readImport,
} from '../../../shared/settings-transfer';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { applyImport } from './apply-import';

type Importing =
  | { kind: 'none' }
  | { kind: 'refused'; text: string }
  | { kind: 'preview'; plan: ImportPlan }
  | { kind: 'applied' };

/** Export to a file; import from one, shown as a list of changes that nothing applies until the owner says so. */
export function DataSection({ settings }: { settings: Settings }) {
  const texts = useCatalog(settingsScreenTexts).data;
  const errorTexts = useCatalog(fieldErrorTexts);
  const api = useAppStore((state) => state.api);
  const loadSettings = useAppStore((state) => state.loadSettings);
  const [importing, setImporting] = useState<Importing>({ kind: 'none' });

  async function exportFile() {
    const monitors = await api['monitors.list']({});
    if (!monitors.ok) return;
    const blob = new Blob([exportSettings(settings, monitors.value)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'back-online-settings.json';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function readFile(file: File) {
    // Too large is refused before reading, so a huge file never fills the window's memory.
    const reading =
      file.size > MAX_IMPORT_BYTES
        ? readImport(' '.repeat(MAX_IMPORT_BYTES + 1))
        : readImport(await file.text());
    if (!reading.ok) {
      const problem = reading.issue ? describeFieldIssue(reading.issue, errorTexts) : '';
      const field = reading.issue?.path.join('.') ?? '';
      setImporting({
        kind: 'refused',
        text: interpolate(texts.refused[reading.refusal], { field, problem }),
      });
      return;
    }
    const monitors = await api['monitors.list']({});
    if (monitors.ok)
      setImporting({ kind: 'preview', plan: planImport(reading.file, settings, monitors.value) });
  }

  async function apply(plan: ImportPlan) {
    if (await applyImport(api, plan)) {
      await loadSettings();
      setImporting({ kind: 'applied' });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{texts.heading}</h2>
      <p>{texts.exportHint}</p>
      <button type="button" className="button" onClick={() => void exportFile()}>
        {texts.export}
      </button>
      <div className="field">
        <label className="field__label" htmlFor="settings-import">
          {texts.import}
        </label>
        <input
          id="settings-import"
          type="file"
          accept="application/json,.json"
          aria-describedby="settings-import-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
        <p id="settings-import-hint" className="field__hint">
          {texts.importHint}
        </p>
      </div>
      <div aria-live="polite">
        {importing.kind === 'refused' && <p className="form-failed">{importing.text}</p>}
        {importing.kind === 'applied' && <p>{texts.applied}</p>}
        {importing.kind === 'preview' && (
          <ImportPreview plan={importing.plan} onApply={() => void apply(importing.plan)} />
        )}
      </div>
    </section>
  );
}

function ImportPreview({ plan, onApply }: { plan: ImportPlan; onApply(): void }) {
  const texts = useCatalog(settingsScreenTexts).data;
  if (planIsEmpty(plan)) return <p>{texts.previewNothing}</p>;
  const names = (list: { name: string }[]) => list.map((entry) => entry.name).join(', ');
  const lines = [
    plan.add.length > 0 && interpolate(texts.previewAddMonitors, { names: names(plan.add) }),
    plan.change.length > 0 && interpolate(texts.previewChangeMonitors, { names: names(plan.change) }),
    plan.remove.length > 0 && interpolate(texts.previewRemoveMonitors, { names: names(plan.remove) }),
    plan.changedSettings.length > 0 &&
      interpolate(texts.previewSettings, { names: plan.changedSettings.join(', ') }),
  ].filter((line): line is string => Boolean(line));
  return (
    <div className="import-preview">
      <h3>{texts.previewHeading}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onApply}>
        {texts.apply}
      </button>
    </div>
  );
}
