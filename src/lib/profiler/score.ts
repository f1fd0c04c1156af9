// Scores the "Kenali pelanggan Anda" profiler: answers add weight to customer types; each axis
// is read on its own, because one customer sits on every axis at once (loyal and angry).
//
// Rules, per axis:
// - total = sum of the weights its types received; below `threshold` → status `insufficient`
//   ("belum cukup informasi") — the answers say too little about this axis.
// - types are ranked by weight, highest first; equal weights follow the order of the `types` list
//   the caller passes (by axis, then the type's `order` field), earlier first. That is the tie rule.
// - strength = the type's share of the axis total, 0–1.
// - if the top two differ by less than `margin` (in share), status `mixed` ("campuran"): the
//   customer shows both; else `clear`. An exact tie is therefore `mixed` whenever margin > 0.
import { PROFILE_AXES, isProfileAxis, type ProfileAxis } from '../../schemas/profile-axes';

/** The parts of `content/profiler.yaml` scoring needs (the parsed schema output fits). */
export interface ProfilerInput {
  readonly threshold: number;
  readonly margin: number;
  readonly questions: readonly {
    readonly id: string;
    readonly text: string;
    readonly answers: readonly {
      readonly id: string;
      readonly text: string;
      readonly weights: Readonly<Record<string, number>>;
    }[];
  }[];
}

/** A customer type as scoring needs it; list order is the tie-break order. */
export interface ProfileType {
  readonly id: string;
  readonly axis: string;
}

/** Question id → chosen answer id; missing or unknown answers count as not answered. */
export type ProfileAnswers = Readonly<Record<string, string | undefined>>;

/** One answer that added weight to a type ("Mengapa?"). */
export interface Reason {
  readonly questionId: string;
  readonly question: string;
  readonly answerId: string;
  readonly answer: string;
  readonly weight: number;
}

export interface RankedType {
  readonly type: string;
  readonly weight: number;
  /** Share of the axis total, 0–1. */
  readonly strength: number;
  /** Answers that drove it, strongest first (question order on ties). */
  readonly reasons: readonly Reason[];
}

export type AxisStatus = 'insufficient' | 'mixed' | 'clear';

/** Reader-facing labels of the statuses. */
export const STATUS_LABEL: Record<AxisStatus, string> = {
  insufficient: 'Belum cukup informasi',
  mixed: 'Campuran',
  clear: 'Cukup jelas',
};

export interface AxisProfile {
  readonly axis: ProfileAxis;
  readonly status: AxisStatus;
  /** Sum of weights on this axis. */
  readonly total: number;
  /** The top two types (fewer when fewer have weight); shown even when insufficient. */
  readonly top: readonly RankedType[];
  /** Every type of the axis with weight, ranked. */
  readonly ranking: readonly RankedType[];
}

export interface ProfileResult {
  /** In {@link PROFILE_AXES} order. */
  readonly axes: readonly AxisProfile[];
  /** Questions with a valid answer (neutral answers included). */
  readonly answered: number;
}

/** Float-safe "less than" for sums of small weights. */
const EPSILON = 1e-9;

/** Scores a set of answers. Weights on types missing from `types` or off the profiled axes are ignored. */
export function scoreProfile(data: ProfilerInput, answers: ProfileAnswers, types: readonly ProfileType[]): ProfileResult {
  const rank = new Map(types.map((t, i) => [t.id, i]));
  const axisOf = new Map(types.map((t) => [t.id, t.axis]));
  const weight = new Map<string, number>();
  const reasons = new Map<string, Reason[]>();
  let answered = 0;

  for (const q of data.questions) {
    const chosen = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const a = q.answers.find((x) => x.id === chosen);
    if (!a) continue;
    answered++;
    for (const [type, w] of Object.entries(a.weights)) {
      if (!isProfileAxis(axisOf.get(type)) || !(w > 0)) continue;
      weight.set(type, (weight.get(type) ?? 0) + w);
      const list = reasons.get(type) ?? [];
      list.push({ questionId: q.id, question: q.text, answerId: a.id, answer: a.text, weight: w });
      reasons.set(type, list);
    }
  }

  const axes = PROFILE_AXES.map((axis): AxisProfile => {
    const ids = [...weight.keys()].filter((id) => axisOf.get(id) === axis);
    const total = ids.reduce((s, id) => s + (weight.get(id) ?? 0), 0);
    ids.sort((x, y) => (weight.get(y) ?? 0) - (weight.get(x) ?? 0) || (rank.get(x) ?? 0) - (rank.get(y) ?? 0));
    const ranking = ids.map((id): RankedType => {
      const w = weight.get(id) ?? 0;
      const why = (reasons.get(id) ?? []).slice().sort((p, q) => q.weight - p.weight); // stable: question order on ties
      return { type: id, weight: w, strength: total > 0 ? w / total : 0, reasons: why };
    });
    const [first, second] = ranking;
    let status: AxisStatus = 'clear';
    if (!first || total < data.threshold - EPSILON) status = 'insufficient';
    else if (second && first.weight - second.weight < data.margin * total - EPSILON) status = 'mixed';
    return { axis, status, total, top: ranking.slice(0, 2), ranking };
  });

  return { axes, answered };
}

/** The top type of an axis when the profiler names one, else undefined. */
export function leader(profile: AxisProfile): string | undefined {
  return profile.status === 'insufficient' ? undefined : profile.top[0]?.type;
}
