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

/** Indonesian explanation of a reject reason, for lists of examples. */
export const REJECT_REASON_TEXT: Record<RejectReason, string> = {
  'out-of-range': 'di luar rentang skala',
  'not-whole': 'bukan bilangan bulat',
  'not-a-number': 'bukan angka',
};

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** Mutable builder; call {@link TallyBuilder.finish} once at the end. */
export class TallyBuilder {
  readonly scale: ScoreScale;
  readonly histogram: number[];
  used = 0;
  outOfRange = 0;
  notWhole = 0;
  notANumber = 0;
  empty = 0;
  readonly examples: RejectedExample[] = [];

  constructor(scale: ScoreScale) {
    this.scale = scale;
    this.histogram = new Array<number>(scale.max - scale.min + 1).fill(0);
  }

  /**
   * Adds one parsed value; `source` and [start, end) locate its text for examples, read only
   * when the value is rejected (so the hot path allocates no strings).
   */
  add(value: number, source: string, start: number, end: number): void {
    if (Number.isInteger(value) && value >= this.scale.min && value <= this.scale.max) {
      const slot = value - this.scale.min;
      this.histogram[slot] = (this.histogram[slot] ?? 0) + 1;
      this.used += 1;
      return;
    }
    let reason: RejectReason;
    if (Number.isNaN(value)) {
      reason = 'not-a-number';
      this.notANumber += 1;
    } else if (!Number.isInteger(value) && Number.isFinite(value)) {
      reason = 'not-whole';
      this.notWhole += 1;
    } else {
      reason = 'out-of-range';
      this.outOfRange += 1;
    }
    if (this.examples.length < MAX_EXAMPLES) {
      this.examples.push({ text: shorten(source.slice(start, end)), reason });
    }
  }

  addEmpty(count = 1): void {
    this.empty += count;
  }

  finish(): ScoreTally {
    return {
      scale: this.scale,
      histogram: this.histogram.slice(),
      used: this.used,
      rejected: {
        outOfRange: this.outOfRange,
        notWhole: this.notWhole,
        notANumber: this.notANumber,
        empty: this.empty,
      },
      rejectedTotal: this.outOfRange + this.notWhole + this.notANumber,
      examples: this.examples.slice(),
    };
  }
}
