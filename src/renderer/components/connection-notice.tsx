import { useTexts } from '../i18n/texts';
import { useAppStore } from '../store/app-store-context';

/** Says so when what the screen shows may be stale, or when this page has no right to ask. */
export function ConnectionNotice() {
  const texts = useTexts();
  const connection = useAppStore((state) => state.connection);
  const hasState = useAppStore((state) => state.appState !== null);
  if (connection === 'live' || (connection === 'connecting' && hasState)) return null;
  const message =
    connection === 'refused'
      ? texts.connection.refused
      : connection === 'reconnecting'
        ? texts.connection.reconnecting
        : texts.connection.connecting;
  return (
    <div className={`notice notice--${connection}`} role={connection === 'connecting' ? 'status' : 'alert'}>
      {message}
    </div>
  );
}
