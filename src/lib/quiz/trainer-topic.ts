// The session topic of a trainer's quiz, and the slot its unfinished session is stored in. On its
// own so stores and topic quiz pages can name it without loading the link reader.
export const TRAINER_TOPIC = 'latihan';
