import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SettingsChange } from '../../../../shared/settings';
import type { Incident, IncidentSummary } from '../../../../shared/incident';
import type { MessageLogEntry } from '../../../../shared/messages/message-log';
import type { Monitor } from '../../../../shared/monitor';
import type { Settings } from '../../../../shared/settings';
import { useAppStore } from '../../../store/app-store-context';

export type MessageIncident = Pick<
  Incident,
  'id' | 'openedAt' | 'resolvedAt' | 'cause' | 'details' | 'monitorIds' | 'phase'
>;

export interface MessageContext {
  /** The incident as live (open) or as last fetched (resolved); null until known. */
  incident: MessageIncident | null;
  open: boolean;
  monitors: Monitor[];
  settings: Settings | null;
  log: MessageLogEntry[];
  /** False until the log has been read once: the first message's phase depends on it. */
  logLoaded: boolean;
  now: number;
  refreshLog(): Promise<void>;
  saveSettings(change: SettingsChange): Promise<boolean>;
}

/**
 * What the composer writes from: the incident (live while open, fetched once resolved), the monitors,
 * the business profile and what was already sent. Kept in the component: nobody else needs it.
 */
export function useMessageContext(incidentId: string): MessageContext {
  const api = useAppStore((state) => state.api);
  const appState = useAppStore((state) => state.appState);
  const live: IncidentSummary | undefined = appState?.openIncidents.find((entry) => entry.id === incidentId);
  const [fetched, setFetched] = useState<Incident | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [log, setLog] = useState<MessageLogEntry[] | null>(null);

  const refreshLog = useCallback(async () => {
    const result = await api['messages.log']({ incidentId });
    if (result.ok) setLog(result.value);
  }, [api, incidentId]);

  useEffect(() => {
    void api['settings.get']({}).then((result) => {
      if (result.ok) setSettings(result.value);
    });
  }, [api]);
  // The log grows with every message sent, here or from another window; the timeline's length says when.
  useEffect(() => {
    void api['messages.log']({ incidentId }).then((result) => {
      if (result.ok) setLog(result.value);
    });
  }, [api, incidentId, live?.eventCount]);
  useEffect(() => {
    if (live) return;
    void api['incidents.get']({ id: incidentId }).then((result) => {
      if (result.ok) setFetched(result.value);
    });
  }, [api, incidentId, live]);

  const saveSettings = useCallback(
    async (change: SettingsChange) => {
      const result = await api['settings.set'](change);
      if (result.ok) setSettings(result.value);
      return result.ok;
    },
    [api],
  );

  const monitors = useMemo(
    () => appState?.monitors.map((entry) => entry.monitor) ?? [],
    [appState?.monitors],
  );
  return {
    incident: live ?? fetched,
    open: live !== undefined,
    monitors,
    settings,
    log: log ?? [],
    logLoaded: log !== null,
    now: appState?.generatedAt ?? 0,
    refreshLog,
    saveSettings,
  };
}
