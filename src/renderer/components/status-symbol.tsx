import type { MonitorStatus, OverallStatus } from '../../shared/app-state';

export type SymbolKind = OverallStatus | 'unknown' | 'pending';

/** A monitor's status drawn with the same shapes as the overall ones. */
export function symbolForMonitor(status: MonitorStatus): SymbolKind {
  if (status === 'up') return 'ok';
  return status;
}

function Shape({ kind }: { kind: SymbolKind }) {
  switch (kind) {
    case 'ok':
      return (
        <>
          <circle className="shape" cx="12" cy="12" r="11" />
          <path className="mark" d="M6.5 12.5l3.6 3.6 7.4-8" />
        </>
      );
    case 'degraded':
      return (
        <>
          <path className="shape" d="M12 1.5 23 21.5H1z" />
          <path className="mark" d="M12 8.5v6" />
          <circle className="mark-dot" cx="12" cy="18" r="1.5" />
        </>
      );
    case 'down':
      return (
        <>
          <path className="shape" d="M7 1h10l6 6v10l-6 6H7l-6-6V7z" />
          <path className="mark" d="M8 8l8 8M16 8l-8 8" />
        </>
      );
    case 'offline':
      return (
        <>
          <circle className="shape" cx="12" cy="12" r="11" />
          <rect
            className="mark"
            x="3.6"
            y="13.6"
            width="8.4"
            height="4.8"
            rx="2.4"
            transform="rotate(-45 7.8 16)"
          />
          <rect
            className="mark"
            x="12"
            y="5.6"
            width="8.4"
            height="4.8"
            rx="2.4"
            transform="rotate(-45 16.2 8)"
          />
        </>
      );
    case 'paused':
      return (
        <>
          <rect className="shape" x="1" y="1" width="22" height="22" rx="5" />
          <path className="mark" d="M9.5 7.5v9M14.5 7.5v9" />
        </>
      );
    case 'unknown':
      return (
        <>
          <circle className="shape" cx="12" cy="12" r="11" />
          <path className="mark" d="M9.3 9.3a2.8 2.8 0 1 1 3.9 2.6c-.8.4-1.2 1-1.2 1.8v.5" />
          <circle className="mark-dot" cx="12" cy="17.6" r="1.5" />
        </>
      );
    case 'pending':
      return (
        <>
          <circle className="shape" cx="12" cy="12" r="10" />
          <path className="mark" d="M12 6.5V12l3.5 2.5" />
        </>
      );
  }
}

/**
 * Each state has its own shape as well as its own colour, like the tray icon: check, exclamation, cross,
 * broken link, pause. The shape is decoration next to a word, so screen readers skip it.
 */
export function StatusSymbol({ kind, large = false }: { kind: SymbolKind; large?: boolean }) {
  return (
    <svg
      className={`status-symbol status-symbol--${kind}${large ? ' status-symbol--large' : ''}`}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      data-symbol={kind}
    >
      <Shape kind={kind} />
    </svg>
  );
}
