// The frame every calculator island shares: the form with its heading and "clear" button, the
// result area with its status region (the result in words for screen readers, or what is still
// missing), next steps and sharing. A shared link's problems are shown beside their fields
// (LinkNote), and while they stand no result is shown: it would describe data nobody sent.
import type { ComponentChildren } from 'preact';
import type { calc } from '../../i18n/id';
import type { Translate } from '../../i18n/translate';
import type { Evaluation, FieldErrors, Step } from '../../lib/calculators/fields';
import type { Message } from '../../i18n/message';
import type { CalculatorStore } from '../../stores/calculator';
import { $storageFailed } from '../../stores/persistent';
import { useStore } from '../../stores/use-store';
import { LinkIssues } from './LinkNote';
import { NextSteps } from './NextSteps';
import { ShareBar } from './ShareBar';
import { Translation } from './translation';
import { useCalculator } from './use-calculator';

interface Props<T, R> {
  calculator: CalculatorStore<T, Evaluation<R>>;
  /** The page's translator (`calc` and the calculator's own words), handed on to the shared pieces. */
  t: Translate<typeof calc>;
  /** The form's heading, worded ("Data survei Anda" unless given). */
  heading?: string;
  /** The form's fields. */
  form: (input: T, errors: FieldErrors) => ComponentChildren;
  /** The result in one sentence, for the status region. */
  status: (result: R, input: T) => string;
  /** The figures, charts and readings of a result. */
  children: (result: R, input: T) => ComponentChildren;
  steps: (result: R) => Step[];
  summary: (result: R, input: T) => Message[];
  /** Shown after the result whether there is one or not (NPS's planner); `held` while a link's problems hold results back. */
  after?: (input: T, evaluation: Evaluation<R>, held: boolean) => ComponentChildren;
}

export function CalculatorShell<T, R>({ calculator, t, heading, form, status, children, steps, summary, after }: Props<T, R>) {
  const { input, evaluation, query, issues } = useCalculator(calculator);
  const result = issues.length > 0 ? null : evaluation.result;
  const missing = issues.length > 0 ? t('miss.link') : evaluation.missing && t(evaluation.missing);
  const unsaved = useStore($storageFailed);
  return (
    <Translation.Provider value={t}>
    <LinkIssues.Provider value={issues}>
      <div class="calculator">
        <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="isian">
          <h2 id="isian">{heading ?? t('form.heading')}</h2>
          {/* What happens to the input, said only once it is known: storage can be blocked or full. */}
          <p class={unsaved ? 'storage-note message-bad' : 'storage-note'} role="status">{t(unsaved ? 'storage.failed' : 'storage.saved')}</p>
          {issues.length > 0 && <p class="link-issues">{t('form.linkIssues')}</p>}
          {form(input, evaluation.errors)}
          <p class="form-actions">
            <button type="button" onClick={calculator.clear}>{t('form.clear')}</button>
          </p>
        </form>
        <section class="calc-result" aria-labelledby="hasil">
          <h2 id="hasil">{t('form.result')}</h2>
          <div role="status" class="result-status">
            {result ? <p class="sr-only">{status(result, input)}</p> : <p class="missing">{missing}</p>}
          </div>
          {result && (
            <>
              {children(result, input)}
              <NextSteps steps={steps(result)} />
            </>
          )}
          {after?.(input, evaluation, issues.length > 0)}
          {result && <ShareBar query={query} text={summary(result, input).map((m) => t(m)).join('\n')} />}
        </section>
      </div>
    </LinkIssues.Provider>
    </Translation.Provider>
  );
}
