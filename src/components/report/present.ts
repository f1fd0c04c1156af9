// The report's words as the page shows them: src/lib/report/present.ts worded with the page's
// translator, and its plain helpers as they are.
import { presenter } from '../../lib/report/present';
import { t } from './words';

export { MOODS, figureText, shareText, unitOf, type Source, type Step } from '../../lib/report/present';
export const { metricName, changeText, moodId, moodRange, moodName, moodLabel, familyNote, segmentLabel, periodName, periodWord, dayText, periodLabel, sourceLine, rejectReason, cappedNote, summaryText, summaryCsv, rejectedCsv, nextSteps } =
  presenter(t);
