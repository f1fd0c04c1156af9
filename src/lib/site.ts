import { ui, type UiKey } from '../i18n/id';
import { GUIDE_CATEGORIES } from '../schemas/guide';

/** Main navigation, in the order the header shows it. */
export const NAV: readonly { href: string; label: Extract<UiKey, `nav.${string}`> }[] = [
  { href: '/panduan/', label: 'nav.guides' },
  { href: '/kuis/', label: 'nav.quiz' },
  { href: '/kalkulator/', label: 'nav.calculators' },
  { href: '/kamus/', label: 'nav.glossary' },
  { href: '/faq/', label: 'nav.faq' },
];

/** Whether `href` is the current section, so the link can carry aria-current. */
export function isCurrent(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

/** Approximate reading time in whole minutes at 200 words a minute, never below 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}

/** Label of the search filter for reference pages (glossary, FAQ). */
export const REFERENCE_CATEGORY = 'Referensi';

/** Values of the `kategori` search filter, in the order the search page offers them. */
export const SEARCH_CATEGORIES: readonly string[] = [...GUIDE_CATEGORIES.map((c) => ui[`category.${c}`]), REFERENCE_CATEGORY];
