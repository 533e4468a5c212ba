import { useTexts } from '../i18n/texts';
import { useFailureText } from '../i18n/use-failure-text';
import { useAppStore } from '../store/app-store-context';

/** The last action that failed, in words; a refused page is already explained by the connection notice. */
export function ErrorNotice() {
  const texts = useTexts();
  const failureText = useFailureText();
  const error = useAppStore((state) => state.error);
  const refused = useAppStore((state) => state.connection === 'refused');
  const dismiss = useAppStore((state) => state.dismissError);
  if (error === null || (refused && error.code === 'untrusted_sender')) return null;
  return (
    <div className="notice notice--error" role="alert">
      <span>{failureText(error, texts.errors[error.code])}</span>
      <button type="button" className="link-button" onClick={dismiss}>
        {texts.errors.dismiss}
      </button>
    </div>
  );
}
