import { useEffect, useState } from 'react';
import type { CheckPreview } from '../../../shared/check-preview';
import { parseTarget } from '../../../shared/target';
import { expandTypedTarget } from '../../../shared/typed-target';
import { useAppStore } from '../../store/app-store-context';

/** Typing pauses shorter than this are one word still being typed, not a target to check. */
const TYPING_PAUSE_MS = 500;

/** Names this window to the app, which runs one preview at a time per window. */
const WINDOW_KEY = `window-${crypto.randomUUID()}`;

export type TargetPreviewState =
  | { status: 'idle' }
  | { status: 'checking'; target: string }
  | { status: 'checked'; preview: Extract<CheckPreview, { outcome: 'checked' }> }
  | { status: 'busy' };

/** Checks what the owner is typing once they pause; an answer for older text is never shown. */
export function useTargetPreview(typed: string, keyword?: string): TargetPreviewState {
  const api = useAppStore((state) => state.api);
  const [answer, setAnswer] = useState<{ typed: string; state: TargetPreviewState }>({
    typed: '',
    state: { status: 'idle' },
  });
  const readable = typed.trim() !== '' && parseTarget(typed).ok;

  useEffect(() => {
    if (!readable) return;
    let current = true;
    const target = expandTypedTarget(typed);
    const timer = setTimeout(() => {
      setAnswer({ typed, state: { status: 'checking', target } });
      void api['checks.preview']({ window: WINDOW_KEY, target, ...(keyword ? { keyword } : {}) }).then(
        (result) => {
          if (!current) return;
          if (!result.ok) setAnswer({ typed, state: { status: 'busy' } });
          else if (result.value.outcome === 'checked')
            setAnswer({ typed, state: { status: 'checked', preview: result.value } });
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, typed, keyword, readable]);

  return readable && answer.typed === typed ? answer.state : { status: 'idle' };
}
