import type { Axis } from '../schemas/customer-type';

/** The guide that presents each axis; type cards live there under their id as anchor. */
export const AXIS_GUIDE: Record<Axis, string> = {
  posisi: 'jenis-pelanggan/berdasarkan-posisi',
  hubungan: 'jenis-pelanggan/berdasarkan-hubungan',
  karakter: 'jenis-pelanggan/berdasarkan-karakter',
  dasar: 'jenis-pelanggan/lima-tipe-dasar',
  istilah: 'pelanggan-konsumen-klien',
};

/** Short Indonesian names of the axes, as quizzes and the profiler label them. */
export const AXIS_LABEL: Record<Axis, string> = {
  posisi: 'Berdasarkan posisi',
  hubungan: 'Berdasarkan hubungan',
  karakter: 'Berdasarkan karakter',
  dasar: 'Lima tipe dasar',
  istilah: 'Pelanggan, konsumen, klien',
};

/** URL of a guide by id. */
export const guideHref = (id: string): string => `/panduan/${id}/`;

/** URL of a customer type's card. */
export const typeHref = (id: string, axis: Axis): string => `${guideHref(AXIS_GUIDE[axis])}#${id}`;
