// "Buat kuis untuk tim" on /kuis/: a native form that makes a trainer's link. Without script it
// still works as a plain GET form that opens the quiz (the link reader accepts repeated `topik`).
// With script it shows the link as text with a fresh seed, and a copy button.
import { useState } from 'preact/hooks';
import {
  FEEDBACK_MODES,
  newTrainerSeed,
  TRAINER_PATH,
  TRAINER_SIZE_DEFAULT,
  TRAINER_SIZE_MAX,
  TRAINER_SIZE_MIN,
  trainerLink,
  type FeedbackMode,
} from '../../lib/quiz/trainer-link';
import { copyText } from './copy-text';
import type { TrainerFormLabels } from './types';
import './quiz.css';

interface Props {
  /** Topics the bank has, in bank order. */
  topics: { id: string; name: string; count: number }[];
  labels: TrainerFormLabels;
}

const MODE_LABEL: Record<FeedbackMode, keyof TrainerFormLabels> = { langsung: 'trainerForm.feedbackNow', akhir: 'trainerForm.feedbackEnd' };

export default function TrainerForm({ topics, labels: L }: Props) {
  const [link, setLink] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ topics?: boolean; size?: boolean }>({});
  const [status, setStatus] = useState('');

  const make = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const chosen = topics.map((t) => t.id).filter((id) => data.getAll('topik').includes(id));
    const sizeText = String(data.get('jumlah') ?? '').trim();
    const size = /^\d+$/.test(sizeText) ? Number(sizeText) : Number.NaN;
    const sizeOk = size >= TRAINER_SIZE_MIN && size <= TRAINER_SIZE_MAX;
    setErrors({ topics: chosen.length === 0, size: !sizeOk });
    setStatus('');
    if (chosen.length === 0 || !sizeOk) {
      setLink(null);
      document.getElementById(chosen.length === 0 ? `latihan-topik-${topics[0]?.id}` : 'latihan-jumlah')?.focus();
      return;
    }
    const feedback = data.get('umpan') === 'akhir' ? 'akhir' : 'langsung';
    setLink(new URL(trainerLink({ topics: chosen, size, seed: newTrainerSeed(Math.random), feedback }), location.href).href);
  };

  return (
    <form class="quiz-trainer-form" method="get" action={TRAINER_PATH} noValidate onSubmit={make}>
      <p>{L['trainerForm.intro']}</p>
      <fieldset aria-describedby={errors.topics ? 'latihan-topik-error' : undefined}>
        <legend>{L['trainerForm.topics']}</legend>
        {topics.map((t) => (
          <div class="quiz-check" key={t.id}>
            <input type="checkbox" id={`latihan-topik-${t.id}`} name="topik" value={t.id} />
            <label for={`latihan-topik-${t.id}`}>
              {t.name} ({t.count})
            </label>
          </div>
        ))}
        {errors.topics && (
          <p id="latihan-topik-error" class="quiz-error">
            {L['trainerForm.topicsNone']}
          </p>
        )}
      </fieldset>
      <label for="latihan-jumlah">{L['trainerForm.size']}</label>
      <input
        id="latihan-jumlah"
        name="jumlah"
        type="number"
        inputMode="numeric"
        min={TRAINER_SIZE_MIN}
        max={TRAINER_SIZE_MAX}
        step={1}
        defaultValue={String(TRAINER_SIZE_DEFAULT)}
        aria-invalid={errors.size || undefined}
        aria-describedby={errors.size ? 'latihan-jumlah-error' : undefined}
      />
      {errors.size && (
        <p id="latihan-jumlah-error" class="quiz-error">
          {L['trainerForm.sizeError']}
        </p>
      )}
      <fieldset>
        <legend>{L['trainerForm.feedback']}</legend>
        {FEEDBACK_MODES.map((mode) => (
          <div class="quiz-check" key={mode}>
            <input type="radio" id={`latihan-umpan-${mode}`} name="umpan" value={mode} defaultChecked={mode === 'langsung'} />
            <label for={`latihan-umpan-${mode}`}>{L[MODE_LABEL[mode]]}</label>
          </div>
        ))}
      </fieldset>
      <div class="quiz-actions">
        <button type="submit" class="button-primary">
          {L['trainerForm.make']}
        </button>
      </div>
      {link && (
        <div class="quiz-send">
          <label for="latihan-tautan">{L['trainerForm.link']}</label>
          <p id="latihan-tautan-hint" class="quiz-hint">
            {L['trainerForm.linkHint']}
          </p>
          <textarea id="latihan-tautan" class="quiz-result-text" readOnly rows={3} value={link} aria-describedby="latihan-tautan-hint" />
          <div class="quiz-actions">
            <button type="button" onClick={async () => setStatus((await copyText(link)) ? L['trainerForm.copied'] : L['trainerForm.copyFailed'])}>
              {L['trainerForm.copy']}
            </button>
            <a class="button" href={link}>
              {L['trainerForm.open']}
            </a>
          </div>
        </div>
      )}
      <p role="status" class="quiz-hint">
        {status}
      </p>
    </form>
  );
}
