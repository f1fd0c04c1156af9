// Props shared by the quiz islands (plain data, serialisable by Astro).
import type { KeysWith } from '../../i18n/pick';

export type QuizLabels = Record<KeysWith<'quiz.'>, string>;
export type CheckLabels = Record<KeysWith<'check.'>, string>;
export type TrainerLabels = Record<KeysWith<'trainer.'>, string>;
export type TrainerFormLabels = Record<KeysWith<'trainerForm.'>, string>;
export type ProfilerLabels = Record<KeysWith<'profiler.'>, string>;

/** Where an item's "read more" link goes, keyed by the item's `guide` field. */
export type GuideLinks = Record<string, { href: string; label: string }>;
