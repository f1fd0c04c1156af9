/**
 * The survey kit's three standard questions, in one place: the survey guide, the paper cards and
 * the tally sheet all print them from here, so a card never asks what the sheet does not count.
 *
 * The scales match the calculators' count fields exactly (NPS 0–10, CSAT 1–5, CES 1–7), and
 * `entryHref` opens each calculator with those fields empty and ready to type the sheet's totals
 * (the link contract in README "Link parameters").
 */

export type SurveyMetric = 'nps' | 'csat' | 'ces';

export interface SurveyQuestion {
  readonly metric: SurveyMetric;
  /** Short name shown above the question. */
  readonly name: string;
  /** The question or statement, with [nama usaha] for the business's name. */
  readonly text: string;
  /** Lowest and highest score on the scale. */
  readonly min: number;
  readonly max: number;
  /** What the two ends of the scale mean. */
  readonly low: string;
  readonly high: string;
  /** A label for every score, lowest first, where each point is named (CSAT, CES). */
  readonly labels?: readonly string[];
}

export const SURVEY_QUESTIONS: Readonly<Record<SurveyMetric, SurveyQuestion>> = {
  nps: {
    metric: 'nps',
    name: 'NPS',
    text: 'Seberapa besar kemungkinan Anda merekomendasikan [nama usaha] kepada teman atau kerabat?',
    min: 0,
    max: 10,
    low: 'Sangat tidak mungkin',
    high: 'Sangat mungkin',
  },
  csat: {
    metric: 'csat',
    name: 'CSAT',
    text: 'Seberapa puas Anda dengan layanan kami hari ini?',
    min: 1,
    max: 5,
    low: 'Sangat tidak puas',
    high: 'Sangat puas',
    labels: ['Sangat tidak puas', 'Tidak puas', 'Biasa saja', 'Puas', 'Sangat puas'],
  },
  ces: {
    metric: 'ces',
    name: 'CES',
    text: '[Nama usaha] memudahkan saya menyelesaikan urusan saya.',
    min: 1,
    max: 7,
    low: 'Sangat tidak setuju',
    high: 'Sangat setuju',
    labels: ['Sangat tidak setuju', 'Tidak setuju', 'Agak tidak setuju', 'Netral', 'Agak setuju', 'Setuju', 'Sangat setuju'],
  },
};

/** Every score on the question's scale, lowest first. */
export function scaleOf(q: SurveyQuestion): number[] {
  return Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
}

/**
 * The question's text cut where the business's name goes: the name belongs between each part and
 * the next. The paper cards print a fillable slot in each of those places.
 */
export function questionParts(q: SurveyQuestion): string[] {
  return q.text.split(/\[nama usaha\]/i);
}

/** What a question prints where the business's name goes, when no name is given: a line to write on. */
export const NAME_BLANK = '……………';

/** The question with the business's name filled in (or left as a blank line to write on). */
export function questionText(q: SurveyQuestion, business = NAME_BLANK): string {
  return questionParts(q).join(business);
}

/** Longest business name the cards print, in characters: a longer one no longer fits its line on A6. */
export const MAX_BUSINESS_NAME = 60;

/**
 * A business name as the cards print it: spaces collapsed and trimmed, at most
 * MAX_BUSINESS_NAME characters (whole characters, so an emoji is never cut in half). `cut` says
 * whether anything was dropped, so the page can say so rather than shorten it silently.
 */
export function cleanBusinessName(input: string): { name: string; cut: boolean } {
  const chars = Array.from(input.replace(/\s+/g, ' ').trim());
  if (chars.length <= MAX_BUSINESS_NAME) return { name: chars.join(''), cut: false };
  return { name: chars.slice(0, MAX_BUSINESS_NAME).join('').trimEnd(), cut: true };
}

/**
 * The NPS calculator opened in its "Jumlah per kelompok" mode with the three group fields empty,
 * for a tally sheet whose owner counted only promoters, passives and detractors.
 */
export function groupEntryHref(): string {
  return '/kalkulator/nps/?promotor=&pasif=&detraktor=';
}

/**
 * The calculator opened in its counts-per-score mode with every field empty: a list of blanks
 * (`jumlah=,,,`) selects the mode and the number of fields without entering any number.
 */
export function entryHref(metric: SurveyMetric): string {
  const blanks = ','.repeat(scaleOf(SURVEY_QUESTIONS[metric]).length - 1);
  const scale = metric === 'csat' ? `skala=${SURVEY_QUESTIONS.csat.max}&` : '';
  return `/kalkulator/${metric}/?${scale}jumlah=${blanks}`;
}
