/**
 * The React binding, kept thin: a provider for the store made at start-up (src/app/boot.ts) (tests make their own
 * with createAppStore) and a hook to select from it.
 */
import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore as useZustandStore } from 'zustand';
import type { AppState } from './app-state.ts';
import type { AppStore } from './app-store.ts';

const StoreContext = createContext<AppStore | null>(null);

/** Make `store` available to useStore below. */
export function StoreProvider({ store, children }: { store: AppStore; children?: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store itself, for actions and for tests. Throws outside a StoreProvider (a wiring bug). */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside <StoreProvider>');
  return store;
}

/**
 * Select from the app state; re-renders when the selected value changes (Object.is). A selector
 * that builds a new object each time needs zustand's useShallow.
 */
export function useStore<T>(selector: (state: AppState) => T): T {
  return useZustandStore(useStoreApi(), selector);
}
