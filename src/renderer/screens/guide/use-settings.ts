import { useEffect } from 'react';
import type { Settings } from '../../../shared/settings';
import { useAppStore } from '../../store/app-store-context';

/**
 * The owner's settings as the guide reads them (contacts, message cadence), fetched afresh when a step
 * opens so a contact added in Settings a minute ago is there; null until they arrive.
 */
export function useSettings(): Settings | null {
  const settings = useAppStore((state) => state.settings);
  const loadSettings = useAppStore((state) => state.loadSettings);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  return settings;
}
