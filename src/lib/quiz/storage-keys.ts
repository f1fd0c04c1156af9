// Where quiz state lives: localStorage (src/stores/progress.ts writes it) and the history entry.
// Constants of their own so a page's inline script, or its first script, can look without
// loading the stores.

/** Versioned key of the progress; a new shape gets a new version and a migration in loadProgress. */
export const PROGRESS_KEY = 'paham-pelanggan:kuis:v2';

/** The history.state field that holds a finished session (src/components/quiz/history-entry.ts). */
export const FINISHED_KEY = 'pahamKuisSelesai';

/** Key of a topic's (or the mixed or trainer quiz's) unfinished session. */
export const savedSessionKey = (topic: string): string => `paham-pelanggan:kuis-sesi:v1:${topic}`;
