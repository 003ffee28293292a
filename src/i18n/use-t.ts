import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TFunction } from 'i18next';

/** The active locale's translate function, provided once at the root of each page. */
export const TranslateContext = createContext<TFunction | null>(null);

export function useT(): TFunction {
  const t = useContext(TranslateContext);
  if (!t) throw new Error('useT() needs a TranslateContext.Provider above it');
  return t;
}
