// An option's text quoted as a sentence ("Jawaban Anda: …."): the feedback after a question, the
// summary's mistakes and a guide's "Uji pemahaman" end it with one full stop.

/** `text` ending in a full stop, unless it already ends in `.`, `!`, `?` or `…`. */
export function withStop(text: string): string {
  return /[.!?…]["”’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
