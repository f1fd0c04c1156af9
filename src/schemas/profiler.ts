import { z } from 'astro/zod';
import { isProfileAxis, PROFILE_AXES } from './profile-axes';

export { PROFILE_AXES, type ProfileAxis } from './profile-axes';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One possible answer to a profiler question. */
export const profilerAnswerSchema = z
  .object({
    /** Id unique within the question. */
    id: z.string().regex(slug),
    /** The answer as the reader sees it. */
    text: z.string().min(2).max(160),
    /**
     * Evidence this answer gives: customer type id → weight (1 weak hint, 2 clear sign, 3 strong
     * sign). Types on the posisi, hubungan, karakter and dasar axes only.
     */
    weights: z.record(z.string().regex(slug), z.number().positive().max(5)).default({}),
    /** Marks an answer that says nothing about any type (e.g. "Tidak tahu"); it must have no weights. */
    neutral: z.boolean().default(false),
  })
  .strict()
  .superRefine((answer, ctx) => {
    const n = Object.keys(answer.weights).length;
    if (answer.neutral && n > 0) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'A neutral answer must have no weights' });
    if (!answer.neutral && n === 0) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'Answer maps to no type: add weights or mark it `neutral: true`' });
    }
  });

/** One question about the reader's customer. */
export const profilerQuestionSchema = z
  .object({
    /** Id unique in the profiler; answers are stored under it. */
    id: z.string().regex(slug),
    /** The question, about one real customer's behaviour. */
    text: z.string().min(10).max(160),
    /** Optional short help under the question. */
    hint: z.string().min(10).max(240).optional(),
    /** The choices, 2 to 6. */
    answers: z.array(profilerAnswerSchema).min(2).max(6),
  })
  .strict()
  .superRefine((q, ctx) => {
    const ids = q.answers.map((a) => a.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['answers', i, 'id'], message: `Duplicate answer id "${id}"` });
    });
  });

/** `content/profiler.yaml`: the "Kenali pelanggan Anda" questions and how answers are scored. */
export const profilerSchema = z
  .object({
    /**
     * Smallest total weight an axis needs before the profiler names a type on it; below it the
     * axis reads "belum cukup informasi".
     */
    threshold: z.number().positive().default(3),
    /** When the top two types' shares of an axis differ by less than this, the axis reads "campuran". */
    margin: z.number().min(0).max(1).default(0.15),
    /** The questions, 6 to 10, in the order asked. */
    questions: z.array(profilerQuestionSchema).min(6).max(10),
  })
  .strict()
  .superRefine((data, ctx) => {
    const ids = data.questions.map((q) => q.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `Duplicate question id "${id}"` });
    });
  });

export type ProfilerAnswer = z.infer<typeof profilerAnswerSchema>;
export type ProfilerQuestion = z.infer<typeof profilerQuestionSchema>;
export type ProfilerData = z.infer<typeof profilerSchema>;

/**
 * Cross-checks against the customer types: every weighted id must be a known type on a profiled
 * axis, and every type on those axes must appear in some answer. Returns English messages.
 */
export function validateProfiler(data: ProfilerData, types: readonly { id: string; axis: string }[]): string[] {
  const errors: string[] = [];
  const axisOf = new Map(types.map((t) => [t.id, t.axis]));
  const used = new Set<string>();
  for (const q of data.questions) {
    for (const a of q.answers) {
      for (const id of Object.keys(a.weights)) {
        used.add(id);
        const axis = axisOf.get(id);
        if (axis === undefined) errors.push(`profiler › ${q.id} › ${a.id}: unknown customer type id "${id}"`);
        else if (!isProfileAxis(axis)) {
          errors.push(`profiler › ${q.id} › ${a.id}: type "${id}" is on axis "${axis}", which the profiler does not score (only ${PROFILE_AXES.join(', ')})`);
        }
      }
    }
  }
  for (const t of types) {
    if (isProfileAxis(t.axis) && !used.has(t.id)) errors.push(`profiler: type "${t.id}" gets weight from no answer, so it can never be suggested`);
  }
  return errors;
}
