// Props shared by the quiz components (plain data).
import type { KeysWith } from '../../i18n/pick';
import type { questionWords } from '../../i18n/id-question';
import type { quizWords } from '../../i18n/id-quiz';
import type { trainerWords } from '../../i18n/id-trainer';
import type { trainerSendWords } from '../../i18n/id-trainer-send';

/** What a question on screen says (Question, QuestionScreen, AnswerReview). */
export type QuestionLabels = Record<keyof typeof questionWords, string>;
/** Everything a quiz says: the question's words and the rest (summary, other tabs). */
export type QuizLabels = QuestionLabels & Record<keyof typeof quizWords, string>;
export type TrainerLabels = Record<keyof typeof trainerWords, string>;
export type TrainerSendLabels = Record<keyof typeof trainerSendWords, string>;
export type ProfilerLabels = Record<KeysWith<'profiler.'>, string>;

/** Where an item's "read more" link goes, keyed by the item's `guide` field. */
export type GuideLinks = Record<string, { href: string; label: string }>;
