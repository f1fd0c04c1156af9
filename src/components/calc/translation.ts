// The page's translator, handed to the pieces every calculator shares (fields, next steps, link
// notes, charts): they word messages whose keys may be the page's own (`id-nps.ts`…), so the
// island builds its translator from `calc` and its own dictionary and CalculatorShell provides it.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { calc } from '../../i18n/id';
import type { Translate } from '../../i18n/translate';

// No default: every piece renders inside CalculatorShell, which provides the page's translator.
export const Translation = createContext<Translate<typeof calc>>(null!);

/** The translator of the calculator this component is part of. */
export const useT = () => useContext(Translation);
