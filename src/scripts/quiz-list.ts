// /kuis/'s one script: each quiz card's mastery from the progress stored in this browser (kept
// in step with other tabs), "Hapus kemajuan kuis", and "Buat kuis untuk tim", which caps the
// number of questions at what the chosen topics hold, says so before the link is made, and shows
// the link with a fresh seed to copy. The page is server-rendered; this only fills it in.
import { copyText } from './copy-text';
import type { quizWords } from '../i18n/id-quiz';
import type { trainerFormWords } from '../i18n/id-trainer-form';
import { translator } from '../i18n/translate';
import { topicMastery } from '../lib/quiz/progress';
import { newTrainerSeed, trainerLink, TRAINER_SIZE_MAX, TRAINER_SIZE_MIN, type FeedbackMode } from '../lib/quiz/trainer-link';
import { $progress, clearProgress } from '../stores/progress';

/** The words this script fills in, handed by the page (`data-words`): not the whole dictionaries. */
export type ListWords = Pick<typeof quizWords, 'quiz.notStarted' | 'quiz.mastery' | 'quiz.best'> & Pick<typeof trainerFormWords, 'trainerForm.capNote' | 'trainerForm.capped'>;
const t = translator(JSON.parse(document.querySelector<HTMLElement>('[data-words]')?.dataset.words ?? '{}') as ListWords);

function showMastery(): void {
  const progress = $progress.get();
  for (const meter of document.querySelectorAll<HTMLElement>('[data-mastery]')) {
    const ids = (meter.dataset.ids ?? '').split(' ').filter(Boolean);
    const { total, seen, mastered, best } = topicMastery(progress, meter.dataset.mastery ?? '', ids);
    const parts = [];
    if (seen > 0 || best !== null) {
      if (total > 0) parts.push(t('quiz.mastery', { mastered, total }));
      if (best !== null) parts.push(t('quiz.best', { best }));
    }
    const raw = parts.length === 0 ? t('quiz.notStarted') : parts.join(', ');
    const text = raw.charAt(0).toUpperCase() + raw.slice(1);
    // Written only where it changes: the server's "not started" is what a first visit shows, and a
    // page left as it was is not styled and laid out again while it loads.
    const line = meter.querySelector('p');
    if (line && line.textContent !== text) line.textContent = text;
    const bar = meter.querySelector('progress');
    if (bar && bar.value !== mastered) bar.value = mastered;
    meter.toggleAttribute('data-empty', parts.length === 0);
  }
}
showMastery();
$progress.listen(showMastery);

const reset = document.querySelector<HTMLButtonElement>('[data-reset]');
reset?.addEventListener('click', () => {
  if (!window.confirm(reset.dataset.confirm ?? '')) return;
  clearProgress();
  const status = document.querySelector('[data-reset-status]');
  if (status) status.textContent = reset.dataset.done ?? '';
});

const form = document.querySelector<HTMLFormElement>('[data-trainer-form]');
if (form) builder(form);

function builder(form: HTMLFormElement): void {
  const size = form.querySelector<HTMLInputElement>('#latihan-jumlah');
  const note = form.querySelector<HTMLElement>('#latihan-jumlah-catatan');
  const topicError = form.querySelector<HTMLElement>('#latihan-topik-error');
  const sizeError = form.querySelector<HTMLElement>('#latihan-jumlah-error');
  const box = form.querySelector<HTMLElement>('[data-link-box]');
  const text = form.querySelector<HTMLTextAreaElement>('#latihan-tautan');
  const open = form.querySelector<HTMLAnchorElement>('[data-open-link]');
  const status = form.querySelector<HTMLElement>('[data-form-status]');
  const copy = form.querySelector<HTMLButtonElement>('[data-copy-link]');
  if (!size || !note || !topicError || !sizeError || !box || !text || !open || !status || !copy) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="topik"]')];
  const chosen = () => boxes.filter((b) => b.checked);
  const available = () => chosen().reduce((n, b) => n + Number(b.dataset.count ?? 0), 0);
  const asked = () => (/^\d+$/.test(size.value.trim()) ? Number(size.value.trim()) : Number.NaN);

  /** Says, before the link is made, when the chosen topics hold fewer items than asked. */
  const explain = () => {
    const n = asked();
    const have = available();
    note.textContent = chosen().length > 0 && n > have && n <= TRAINER_SIZE_MAX ? t('trainerForm.capNote', { available: have, asked: n }) : '';
  };
  const setError = (field: HTMLElement, error: HTMLElement, on: boolean) => {
    error.hidden = !on;
    field.toggleAttribute('aria-invalid', on);
    const ids = new Set((field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    if (on) ids.add(error.id);
    else ids.delete(error.id);
    if (ids.size > 0) field.setAttribute('aria-describedby', [...ids].join(' '));
    else field.removeAttribute('aria-describedby');
  };
  form.addEventListener('change', explain);
  size.addEventListener('input', explain);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const topics = chosen().map((b) => b.value);
    let n = asked();
    const sizeOk = n >= TRAINER_SIZE_MIN && n <= TRAINER_SIZE_MAX;
    const fieldset = form.querySelector<HTMLElement>('[data-topics]');
    if (fieldset) setError(fieldset, topicError, topics.length === 0);
    setError(size, sizeError, !sizeOk);
    status.textContent = '';
    if (topics.length === 0 || !sizeOk) {
      box.hidden = true;
      (topics.length === 0 ? boxes[0] : size)?.focus();
      return;
    }
    const have = available();
    if (n > have) {
      n = have;
      size.value = String(n);
      note.textContent = t('trainerForm.capped', { available: have });
    }
    const feedback: FeedbackMode = new FormData(form).get('umpan') === 'akhir' ? 'akhir' : 'langsung';
    const link = new URL(trainerLink({ topics, size: n, seed: newTrainerSeed(Math.random), feedback }), location.href).href;
    text.value = link;
    open.href = link;
    box.hidden = false;
  });

  copy.addEventListener('click', async () => {
    status.textContent = (await copyText(text.value)) ? (copy.dataset.copied ?? '') : (copy.dataset.copyFailed ?? '');
  });
}
