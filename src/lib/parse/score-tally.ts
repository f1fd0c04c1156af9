/**
 * Accumulates parsed scores into a histogram plus an account of what was rejected and why.
 *
 * Shared by the pasted-text scanner and the CSV column accumulator so both report rejects
 * identically. Rejects are counted, not stored: a million bad cells must not build a million
 * messages; a handful of examples is enough for the user to see what went wrong.
 */

/** Inclusive whole-number score range, e.g. 0–10 for NPS. */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

export const NPS_SCORE_SCALE: ScoreScale = { min: 0, max: 10 };
export const CES_SCORE_SCALE: ScoreScale = { min: 1, max: 7 };

/** CSAT answers run from 1 to the scale size (5, 7 or 10). */
export function csatScoreScale(size: number): ScoreScale {
  return { min: 1, max: size };
}

export type RejectReason = 'out-of-range' | 'not-whole' | 'not-a-number';

export interface RejectedExample {
  /** The offending text, shortened to at most 24 characters. */
  readonly text: string;
  readonly reason: RejectReason;
}

export interface RejectCounts {
  readonly outOfRange: number;
  readonly notWhole: number;
  readonly notANumber: number;
  /** Blank cells or lines between values (skipped; shown for information only). */
  readonly empty: number;
}

export interface ScoreTally {
  readonly scale: ScoreScale;
  /** `histogram[i]` counts score `scale.min + i`. Feed it to the calculators. */
  readonly histogram: number[];
  /** Scores accepted into the histogram. */
  readonly used: number;
  readonly rejected: RejectCounts;
  /** outOfRange + notWhole + notANumber (blanks excluded). */
  readonly rejectedTotal: number;
  /** Up to {@link MAX_EXAMPLES} rejected values, in order of appearance. */
  readonly examples: readonly RejectedExample[];
}

export const MAX_EXAMPLES = 5;

/** Whether `value` is a valid score: whole and inside the scale. */
export function isInScale(value: number, scale: ScoreScale): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/** Mutable tally; call {@link Tally.finish} for a snapshot (at the end, or for progress). */
export interface Tally {
  /**
   * Adds one parsed value; `source` and [start, end) locate its text for examples, read only
   * when the value is rejected (so the hot path allocates no strings).
   */
  add(value: number, source: string, start: number, end: number): void;
  addEmpty(count?: number): void;
  finish(): ScoreTally;
}

export function createTally(scale: ScoreScale): Tally {
  const histogram = new Array<number>(scale.max - scale.min + 1).fill(0);
  const rejected = { outOfRange: 0, notWhole: 0, notANumber: 0, empty: 0 };
  const examples: RejectedExample[] = [];
  let used = 0;
  return {
    add(value, source, start, end) {
      if (isInScale(value, scale)) {
        histogram[value - scale.min]! += 1;
        used += 1;
        return;
      }
      // `value % 1` is non-zero only for finite fractions (NaN for ±Infinity, which is out of range).
      const [key, reason] = Number.isNaN(value)
        ? (['notANumber', 'not-a-number'] as const)
        : value % 1
          ? (['notWhole', 'not-whole'] as const)
          : (['outOfRange', 'out-of-range'] as const);
      rejected[key] += 1;
      if (examples.length < MAX_EXAMPLES) {
        const text = source.slice(start, end);
        examples.push({ text: text.length > 24 ? `${text.slice(0, 23)}…` : text, reason });
      }
    },
    addEmpty(count = 1) {
      rejected.empty += count;
    },
    finish: () => ({
      scale,
      histogram: [...histogram],
      used,
      rejected: { ...rejected },
      rejectedTotal: rejected.outOfRange + rejected.notWhole + rejected.notANumber,
      examples: [...examples],
    }),
  };
}
