// Quiz topic slugs. Kept free of Zod so client islands can import them without the schema library.

/**
 * Topics of the question bank: the five sorting axes, handling complaints, reading the metrics and
 * service recovery; each is `content/kuis/<topic>.yaml`.
 */
export const QUIZ_TOPICS = ['posisi', 'hubungan', 'karakter', 'dasar', 'istilah', 'penanganan', 'mengukur', 'pemulihan'] as const;
export type QuizTopic = (typeof QUIZ_TOPICS)[number];

/** The mixed quiz that draws from every topic and interleaves easily confused types. */
export const MIXED_TOPIC = 'campuran';
export type SessionTopic = QuizTopic | typeof MIXED_TOPIC;

/** Type guard for a topic slug. */
export function isQuizTopic(value: unknown): value is QuizTopic {
  return typeof value === 'string' && (QUIZ_TOPICS as readonly string[]).includes(value);
}
