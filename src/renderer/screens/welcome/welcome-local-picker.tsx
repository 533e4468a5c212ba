import { useState } from 'react';
import type { LocalThings } from '../../../shared/api-contract';
import { interpolate } from '../../../shared/i18n/interpolate';
import { localThingsTexts } from '../../../shared/i18n/local-things';
import { CheckboxField } from '../../components/form/checkbox-field';
import { TextField } from '../../components/form/text-field';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import type { LocalPick } from './welcome-draft';

/** A screenful: more than this and the owner finds it faster by typing part of the name. */
const SHOWN = 12;

type Listing = { state: 'idle' } | { state: 'loading' } | { state: 'listed'; things: LocalThings };

const samePick = (a: LocalPick, b: LocalPick) => a.kind === b.kind && a.name === b.name;

/**
 * The programs and services running on this computer, asked for only when the owner wants to see them
 * (listing takes a moment), found by typing part of a name and picked with a checkbox each.
 */
export function WelcomeLocalPicker({
  picked,
  error,
  onChange,
}: {
  picked: readonly LocalPick[];
  error?: string;
  onChange(picked: LocalPick[]): void;
}) {
  const texts = useCatalog(localThingsTexts);
  const api = useAppStore((state) => state.api);
  const [listing, setListing] = useState<Listing>({ state: 'idle' });
  const [filter, setFilter] = useState('');

  async function show() {
    setListing({ state: 'loading' });
    const result = await api['system.localThings']({});
    setListing({ state: 'listed', things: result.ok ? result.value : { processes: null, services: null } });
  }

  const toggle = (pick: LocalPick, on: boolean) =>
    onChange(on ? [...picked, pick] : picked.filter((other) => !samePick(other, pick)));

  const group = (kind: LocalPick['kind'], names: string[] | null, legend: string) => {
    if (names === null) return null;
    const wanted = filter.trim().toLowerCase();
    const matching = names.filter((name) => name.toLowerCase().includes(wanted));
    return (
      <fieldset className="field welcome-local">
        <legend className="field__label">{legend}</legend>
        {matching.length === 0 && <p className="muted">{texts.none}</p>}
        {matching.slice(0, SHOWN).map((name) => (
          <CheckboxField
            key={name}
            label={name}
            checked={picked.some((pick) => samePick(pick, { kind, name }))}
            onChange={(on) => toggle({ kind, name }, on)}
          />
        ))}
        {matching.length > SHOWN && (
          <p className="field__hint">{interpolate(texts.more, { count: matching.length - SHOWN })}</p>
        )}
      </fieldset>
    );
  };

  return (
    <div className="welcome__local-things">
      <h2>{texts.heading}</h2>
      <p>{texts.intro}</p>
      {listing.state === 'idle' && (
        <button type="button" className="button" onClick={() => void show()}>
          {texts.show}
        </button>
      )}
      <div aria-live="polite">
        {listing.state === 'loading' && <p>{texts.loading}</p>}
        {listing.state === 'listed' &&
          listing.things.processes === null &&
          listing.things.services === null && <p>{texts.cannotTell}</p>}
      </div>
      {listing.state === 'listed' &&
        (listing.things.processes !== null || listing.things.services !== null) && (
          <>
            <TextField label={texts.filter} hint={texts.filterHint} value={filter} onChange={setFilter} />
            {group('process', listing.things.processes, texts.programs)}
            {group('service', listing.things.services, texts.services)}
          </>
        )}
      {picked.length > 0 && (
        <p role="status">
          {interpolate(texts.chosen, { names: picked.map((pick) => pick.name).join(', ') })}
        </p>
      )}
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
