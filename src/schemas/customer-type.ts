import { z } from 'astro/zod';

/**
 * The ways of sorting customers. Each axis is one guide page; a real customer
 * sits on several axes at once (loyal and angry), so quizzes test one axis at a time.
 */
export const AXES = ['posisi', 'hubungan', 'karakter', 'dasar', 'istilah'] as const;
export type Axis = (typeof AXES)[number];

/** One customer type in `content/tipe/<id>.yaml`; the file name is its id. */
export const customerTypeSchema = z
  .object({
    /** Display name, e.g. "Pelanggan perantara". */
    name: z.string().min(3).max(60),
    /** The axis this type belongs to. */
    axis: z.enum(AXES),
    /** Position within its axis, smallest first. */
    order: z.number().int().min(0),
    /** Original term where readers meet it in English, e.g. "affluent customer". */
    aka: z.string().optional(),
    /** One sentence that defines the type. */
    summary: z.string().min(20).max(300),
    /** Observable signs that mark the type (what staff can actually see or hear). */
    signs: z.array(z.string().min(5)).min(2),
    /** An everyday Indonesian business example. */
    example: z.string().min(20),
    /** How to handle this type, as concrete actions. */
    handle: z.array(z.string().min(5)).min(2),
    /** What to avoid with this type. */
    avoid: z.array(z.string().min(5)).min(1),
    /** Ids of related types on other axes (e.g. loyal ↔ setia). */
    related: z.array(z.string()).default([]),
  })
  .strict();

export type CustomerTypeData = z.infer<typeof customerTypeSchema>;
