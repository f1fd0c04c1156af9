// Props shared by the quiz components (plain data), and the translators they word with: each a
// `t(key, params)` over the words its part of the page shows (src/i18n/translate.ts).
import type { questionWords } from '../../i18n/id-question';
import type { quizWords } from '../../i18n/id-quiz';
import type { Translate } from '../../i18n/translate';

/** What a question on screen says (Question, QuestionScreen, AnswerReview). */
export type QuestionT = Translate<typeof questionWords>;
/** Everything a quiz says: the question's words and the rest (summary, other tabs). */
export type QuizT = Translate<typeof questionWords & typeof quizWords>;

/** Where an item's "read more" link goes, keyed by the item's `guide` field. */
export type GuideLinks = Record<string, { href: string; label: string }>;
