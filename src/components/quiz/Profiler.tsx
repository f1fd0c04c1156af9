// "Kenali pelanggan Anda": questions about one real customer (native radio buttons), then per
// axis the two most likely types with their relative strength, the answers behind them, and
// what to do and avoid. Scoring is src/lib/profiler/score.ts; nothing leaves the page.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { profilerWords } from '../../i18n/id-profiler';
import { translator } from '../../i18n/translate';
import { scoreProfile, type AxisProfile, type ProfileAnswers, type ProfileResult } from '../../lib/profiler/score';
import { Icon } from './icons';
import './question.css';
import './quiz.css';
import './quiz-text.css';
import './profiler.css';

export interface ProfilerType {
  id: string;
  name: string;
  axis: string;
  href: string;
  handle: string[];
  avoid: string[];
}

/** `content/profiler.yaml` as the island gets it (fits `ProfilerInput`). */
interface ProfilerView {
  threshold: number;
  margin: number;
  questions: {
    id: string;
    text: string;
    hint?: string | undefined;
    answers: { id: string; text: string; weights: Record<string, number> }[];
  }[];
}

interface Props {
  data: ProfilerView;
  /** Types of the profiled axes, in tie-break order (axis, then `order`). */
  types: ProfilerType[];
  axisLabels: Record<string, string>;
}

const RESULT_ID = 'profil-hasil';
const t = translator(profilerWords);
const pct = (share: number) => Math.round(share * 100);

export default function Profiler({ data, types, axisLabels }: Props) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ProfileResult | null>(null);
  const [nudge, setNudge] = useState(false);
  const focusResult = useRef(false);
  const byId = new Map(types.map((type) => [type.id, type]));
  const answered = data.questions.filter((q) => answers[q.id]).length;

  useLayoutEffect(() => {
    if (!focusResult.current) return;
    focusResult.current = false;
    document.getElementById(RESULT_ID)?.focus();
  });

  const submit = (e: Event) => {
    e.preventDefault();
    if (answered === 0) {
      setNudge(true);
      return;
    }
    setNudge(false);
    setResult(scoreProfile(data, answers as ProfileAnswers, types));
    focusResult.current = true;
  };

  return (
    <div class="profiler">
      <form class="profiler-form" onSubmit={submit} aria-label={t('profiler.title')}>
        {data.questions.map((q, i) => (
          <fieldset class="quiz-card profiler-q" key={q.id} aria-describedby={q.hint ? `${q.id}-hint` : undefined}>
            {/* One text node per element: the server HTML must hydrate node for node. */}
            <legend>
              <span class="profiler-num">{`${i + 1}.`}</span>
              {` ${q.text}`}
            </legend>
            {q.hint && (
              <p class="quiz-hint" id={`${q.id}-hint`}>
                {q.hint}
              </p>
            )}
            {q.answers.map((a) => {
              const id = `profil-${q.id}-${a.id}`;
              return (
                <div class="quiz-option" key={a.id}>
                  <input
                    type="radio"
                    id={id}
                    name={`profil-${q.id}`}
                    value={a.id}
                    checked={answers[q.id] === a.id}
                    onChange={() => {
                      setNudge(false);
                      setAnswers((prev) => ({ ...prev, [q.id]: a.id }));
                    }}
                  />
                  <label for={id}>{a.text}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
        <p class="quiz-hint">{t('profiler.answered', { n: answered, total: data.questions.length })}</p>
        <div class="quiz-actions">
          <button type="submit" class="button-primary">
            {result ? t('profiler.update') : t('profiler.submit')}
          </button>
          <button
            type="button"
            onClick={() => {
              setAnswers({});
              setResult(null);
              setNudge(false);
            }}
          >
            {t('profiler.reset')}
          </button>
        </div>
        <div role="status">{nudge && <p class="quiz-nudge">{t('profiler.noAnswers')}</p>}</div>
      </form>

      {result && (
        <section class="profiler-result" aria-labelledby={RESULT_ID}>
          <h2 id={RESULT_ID} class="quiz-heading" tabIndex={-1}>
            {t('profiler.result')}
          </h2>
          <p class="profiler-note">{t('profiler.ruleOfThumb')}</p>
          {result.axes.map((axis) => (
            <AxisResult key={axis.axis} axis={axis} label={axisLabels[axis.axis] ?? axis.axis} byId={byId} />
          ))}
        </section>
      )}
    </div>
  );
}

function AxisResult({ axis, label, byId }: { axis: AxisProfile; label: string; byId: Map<string, ProfilerType> }) {
  const name = (id: string) => byId.get(id)?.name ?? id;
  const [first, second] = axis.top;
  const explain =
    axis.status === 'clear' && first
      ? t('profiler.explain.clear', { type: name(first.type).toLowerCase() })
      : axis.status === 'mixed' && first && second
        ? t('profiler.explain.mixed', { a: name(first.type).toLowerCase(), b: name(second.type).toLowerCase() })
        : t('profiler.explain.insufficient');
  const advised = axis.status === 'clear' ? axis.top.slice(0, 1) : axis.status === 'mixed' ? axis.top : [];
  const headingId = `profil-${axis.axis}`;
  return (
    <section class={`profiler-axis is-${axis.status}`} aria-labelledby={headingId} data-axis={axis.axis}>
      <h3 id={headingId}>
        {label}: <span class="profiler-status">{t(`profiler.status.${axis.status}`)}</span>
      </h3>
      <p>{explain}</p>
      {axis.top.length > 0 && (
        <ul class="profiler-top">
          {axis.top.map((r) => (
            <li key={r.type}>
              <span class="profiler-type">
                <span>{name(r.type)}</span>
                <span class="profiler-pct">{t('profiler.strength', { pct: pct(r.strength) })}</span>
              </span>
              <span class="profiler-bar" aria-hidden="true">
                <span style={{ width: `${pct(r.strength)}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {axis.top.length > 0 && (
        <details class="profiler-why">
          <summary>{t('profiler.why')}</summary>
          <ul>
            {axis.top.map((r) =>
              r.reasons.map((why) => (
                <li key={`${r.type}-${why.questionId}`}>
                  <strong>{name(r.type)}</strong>: “{why.question}” → “{why.answer}” ({t('profiler.weight', { w: why.weight })})
                </li>
              )),
            )}
          </ul>
        </details>
      )}
      {advised.map((r) => {
        const type = byId.get(r.type);
        if (!type) return null;
        return (
          <div class="profiler-advice" key={r.type}>
            <h4>{type.name}</h4>
            <div class="profiler-advice-grid">
              <div>
                <p class="profiler-do">
                  <Icon name="check" />
                  <strong>{t('profiler.do')}</strong>
                </p>
                <ul>
                  {type.handle.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </div>
              <div>
                <p class="profiler-dont">
                  <Icon name="cross" />
                  <strong>{t('profiler.dont')}</strong>
                </p>
                <ul>
                  {type.avoid.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </div>
            </div>
            <p>
              <a href={type.href}>{t('profiler.typeCard', { type: type.name.toLowerCase() })}</a>
            </p>
          </div>
        );
      })}
    </section>
  );
}
