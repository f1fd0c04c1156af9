// Grades one "Uji pemahaman" question on a guide page. Loaded on demand by GuideCheck.astro
// (when the section scrolls into view, or on the first check), so guide pages carry no quiz code
// up front. The card is the quiz's (Question.tsx, `data-item` naming its item); the pieces of the
// feedback are already in the section, in <template>s: each option's explanation, the right
// answer and where to read up keyed by item, the verdicts and marks once.
import feedbackCss from '../components/quiz/feedback.css?url';
import { linkStyles } from '../components/quiz/lazy-styles';

linkStyles(feedbackCss);

const clone = (scope: Element, selector: string): Node | undefined =>
  scope.querySelector<HTMLTemplateElement>(selector)?.content.cloneNode(true);

/** Shows the feedback for the chosen option (or asks for one) and marks the options. */
export function check(form: HTMLFormElement): void {
  const status = form.querySelector('[role="status"]');
  if (!status) return;
  const section = form.closest('[data-guide-check]');
  const item = form.dataset.item;
  if (!section || !item) return;
  const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  for (const option of form.querySelectorAll('.quiz-option')) {
    option.classList.remove('is-right', 'is-wrong');
    option.querySelector('.quiz-mark')?.remove();
  }
  if (!chosen) {
    const nudge = clone(section, 'template[data-nudge]');
    status.replaceChildren(...(nudge ? [nudge] : []));
    return;
  }
  const right = section.querySelector<HTMLTemplateElement>(`template[data-right="${item}"]`)?.dataset.answer;
  const verdict = chosen.value === right ? 'right' : 'wrong';
  const feedback = document.createElement('div');
  feedback.className = `quiz-feedback is-${verdict}`;
  const parts = [
    clone(section, `template[data-verdict="${verdict}"]`),
    clone(section, `template[data-feedback="${item} ${chosen.value}"]`),
    verdict === 'wrong' ? clone(section, `template[data-right="${item}"]`) : undefined,
    clone(section, `template[data-readmore="${item}"]`),
  ];
  feedback.append(...parts.filter((p): p is Node => p !== undefined));
  status.replaceChildren(feedback);
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const mark = input.value === right ? 'right' : input === chosen ? 'wrong' : undefined;
    if (!mark) continue;
    input.parentElement?.classList.add(`is-${mark}`);
    const node = clone(section, `template[data-mark="${mark}"]`);
    if (node) input.parentElement?.querySelector('label')?.append(node);
  }
}
