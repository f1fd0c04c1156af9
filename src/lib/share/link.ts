/**
 * Helpers shared by the calculators' share links.
 *
 * Links carry what the user typed, as text, not parsed numbers: a link with a typo must open
 * with the typo visible in its field and explained by the normal validation, never silently
 * "fixed" or dropped. Only things a form control cannot show (an unknown scale, too many
 * values for the fields) are reported as issues.
 */

/** Something in the link that could not be shown as-is, in Indonesian. */
export interface LinkIssue {
  readonly param: string;
  readonly value: string;
  readonly message: string;
}

export interface Decoded<State> {
  readonly state: State;
  readonly issues: readonly LinkIssue[];
  /** Whether the link carried any calculator input at all (so the page can calculate at once). */
  readonly hasData: boolean;
}

/**
 * The comma list in `raw` (null when the link lacks it) fitted to `length` fields: padded with
 * empty strings, or cut short with an issue reported, since the extra values cannot be shown.
 */
export function readList(raw: string | null, length: number, param: string, issues: LinkIssue[]): string[] {
  const values = raw ? raw.split(',') : [];
  if (values.length > length) {
    issues.push({
      param,
      value: raw ?? '',
      message: `Tautan berisi ${values.length} angka untuk “${param}”, padahal hanya ada ${length} kolom; angka setelah yang ke-${length} tidak dipakai.`,
    });
  }
  return Array.from({ length }, (_, i) => values[i] ?? '');
}

export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Sets `name` only when the field has content ("encode omits empty fields"). */
export function setIfFilled(params: URLSearchParams, name: string, value: string): void {
  if (!isBlank(value)) params.set(name, value);
}

/** Sets a comma list unless every item is blank. */
export function setListIfFilled(params: URLSearchParams, name: string, values: readonly string[]): void {
  if (values.some((value) => !isBlank(value))) params.set(name, values.join(','));
}

/**
 * Query string for display and copying: like `params.toString()` but keeps commas readable
 * ("jumlah=1,2,3" instead of "jumlah=1%2C2%2C3"); both forms decode identically.
 */
export function linkQuery(params: URLSearchParams): string {
  return params.toString().replaceAll('%2C', ',');
}
