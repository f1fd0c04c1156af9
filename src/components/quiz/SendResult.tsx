// "Kirim hasil ke pelatih": the result as a short text, copied to the clipboard or handed to
// WhatsApp through a wa.me link. Both are the trainee's own action; the page sends nothing.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { trainerSendWords as T } from '../../i18n/id-trainer-send';
import { resultText, type ResultTextKey } from '../../lib/quiz/result-text';
import type { Summary } from '../../lib/quiz/session';
import { trainerLink, type TrainerParams } from '../../lib/quiz/trainer-link';
import { copyText } from '../../scripts/copy-text';
import type { SendSlot } from './Summary';
import type { GuideLinks, TrainerSendLabels } from './types';

interface Props {
  result: Summary;
  name: string;
  date: string;
  topicNames: Record<string, string>;
  params: TrainerParams;
  /** Guide links of the session's items (all fetched by the time the summary shows). */
  links: GuideLinks;
  /** Called instead of sending when no name is typed yet. */
  onNameMissing(): void;
}

const WORDS: Record<ResultTextKey, keyof TrainerSendLabels> = {
  head: 'trainer.resultHead',
  name: 'trainer.resultName',
  date: 'trainer.resultDate',
  score: 'trainer.resultScore',
  topic: 'trainer.resultTopic',
  missed: 'trainer.resultMissed',
  missedItem: 'trainer.resultMissedItem',
  reread: 'trainer.resultReread',
  noMissed: 'trainer.resultNoMissed',
  weakest: 'trainer.resultWeakest',
  link: 'trainer.resultLink',
};

/** The summary's "send to the trainer" slot for the trainer's link of `params`. */
export function sendSlot(params: TrainerParams, topicNames: Record<string, string>, links: GuideLinks): SendSlot {
  return {
    title: T['trainer.sendTitle'],
    nameLabel: T['trainer.nameLabelTrainer'],
    nameHint: T['trainer.nameHintTrainer'],
    nameMissing: T['trainer.nameMissing'],
    render: (p) => h(SendResult, { ...p, topicNames, params, links }),
  };
}

export function SendResult({ result, name, date, topicNames, params, links, onNameMissing }: Props) {
  const [status, setStatus] = useState('');
  const words = Object.fromEntries(Object.entries(WORDS).map(([k, key]) => [k, T[key]])) as Record<ResultTextKey, string>;
  const full = (path: string) => new URL(path, location.href).href;
  const guideHref = (guide: string) => {
    const href = links[guide]?.href;
    return href === undefined ? undefined : full(href);
  };
  const text = resultText(result, { name, date, topicNames, link: full(trainerLink(params)), params, guideHref, words });
  const named = name.trim() !== '';
  return (
    <div class="quiz-send">
      <div class="quiz-actions">
        <button
          type="button"
          class="button-primary"
          onClick={async () => {
            if (!named) return onNameMissing();
            setStatus((await copyText(text)) ? T['trainer.copied'] : T['trainer.copyFailed']);
          }}
        >
          {T['trainer.copy']}
        </button>
        <a
          class="button"
          href={`https://wa.me/?text=${encodeURIComponent(text)}`}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(e) => {
            if (named) return;
            e.preventDefault();
            onNameMissing();
          }}
        >
          {T['trainer.whatsapp']}
        </a>
      </div>
      <p role="status" class="quiz-hint">
        {status}
      </p>
      <label for="kuis-teks-hasil">{T['trainer.resultPreview']}</label>
      <textarea id="kuis-teks-hasil" class="quiz-result-text" readOnly rows={8} value={text} />
    </div>
  );
}
