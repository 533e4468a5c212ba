import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './app-store-types';
import type { AppStoreApi } from './app-store';

const AppStoreContext = createContext<AppStoreApi | null>(null);

/** Hands the store to the components; tests give each render its own store and bridge. */
export function AppStoreProvider({ store, children }: { store: AppStoreApi; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

export function useAppStore<T>(selector: (state: AppStore) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreProvider above it');
  return useStore(store, selector);
}
