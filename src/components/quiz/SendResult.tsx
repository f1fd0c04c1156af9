// "Kirim hasil ke pelatih": the result as a short text, copied to the clipboard or handed to
// WhatsApp through a wa.me link. Both are the trainee's own action; the page sends nothing.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { trainerSendWords } from '../../i18n/id-trainer-send';
import { translator } from '../../i18n/translate';
import { resultText } from '../../lib/quiz/result-text';
import type { Summary } from '../../lib/quiz/session';
import { trainerLink, type TrainerParams } from '../../lib/quiz/trainer-link';
import { copyText } from '../../scripts/copy-text';
import type { SendSlot } from './Summary';
import type { GuideLinks } from './types';

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

const t = translator(trainerSendWords);

/** The summary's "send to the trainer" slot for the trainer's link of `params`. */
export function sendSlot(params: TrainerParams, topicNames: Record<string, string>, links: GuideLinks): SendSlot {
  return {
    title: t('trainer.sendTitle'),
    nameLabel: t('trainer.nameLabelTrainer'),
    nameHint: t('trainer.nameHintTrainer'),
    nameMissing: t('trainer.nameMissing'),
    render: (p) => h(SendResult, { ...p, topicNames, params, links }),
  };
}

export function SendResult({ result, name, date, topicNames, params, links, onNameMissing }: Props) {
  const [status, setStatus] = useState('');
  const full = (path: string) => new URL(path, location.href).href;
  const guideHref = (guide: string) => {
    const href = links[guide]?.href;
    return href === undefined ? undefined : full(href);
  };
  const text = resultText(result, { name, date, topicNames, link: full(trainerLink(params)), params, guideHref, t });
  const named = name.trim() !== '';
  return (
    <div class="quiz-send">
      <div class="quiz-actions">
        <button
          type="button"
          class="button-primary"
          onClick={async () => {
            if (!named) return onNameMissing();
            setStatus((await copyText(text)) ? t('trainer.copied') : t('trainer.copyFailed'));
          }}
        >
          {t('trainer.copy')}
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
          {t('trainer.whatsapp')}
        </a>
      </div>
      <p role="status" class="quiz-hint">
        {status}
      </p>
      <label for="kuis-teks-hasil">{t('trainer.resultPreview')}</label>
      <textarea id="kuis-teks-hasil" class="quiz-result-text" readOnly rows={8} value={text} />
    </div>
  );
}
