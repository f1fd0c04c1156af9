/**
 * Reading bands: a plain first reading of a figure, from cut-offs that are rules of thumb, not
 * a standard. Ranges are half-open: a band holds `min` and stops short of `max`.
 */

export interface Band<Id extends string = string> {
  readonly id: Id;
  /** Short Indonesian name, e.g. "Baik". */
  readonly label: string;
  /** Range as the page shows it, e.g. "30–49". */
  readonly range: string;
  /** Inclusive lower bound (null = open below). */
  readonly min: number | null;
  /** Exclusive upper bound (null = open above). */
  readonly max: number | null;
  /** One plain Indonesian sentence saying what a figure in this band means. */
  readonly reading: string;
}

/** The band `value` falls into; `bands` run from lowest to highest and the first is open below. */
export function bandOf<B extends Band>(bands: readonly B[], value: number): B {
  for (let i = bands.length - 1; i > 0; i -= 1) {
    const band = bands[i] as B;
    if (band.min === null || value >= band.min) return band;
  }
  return bands[0] as B;
}
