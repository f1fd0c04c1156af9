// The churn calculator's form: customers at start and lost, or start, end and new; the
// period; and optionally ARPU and gross margin for CLV.
import { calculateChurn, type ChurnResult } from '../metrics/churn';
import type { ChurnLinkState } from '../share/churn-link';
import { addErrors, isBlank, readCountGroup, readOptionalNumber, type Evaluation, type FieldErrors } from './fields';

export function evaluateChurn(state: ChurnLinkState): Evaluation<ChurnResult> {
  const errors: FieldErrors = {};
  const fields =
    state.mode === 'lost'
      ? [{ name: 'start', text: state.start }, { name: 'lost', text: state.lost }]
      : [{ name: 'start', text: state.start }, { name: 'end', text: state.end }, { name: 'newCustomers', text: state.newCustomers }];
  const { values, touched, fix } = readCountGroup(fields, errors, 'churn');
  const arpu = readOptionalNumber('arpu', state.arpu, errors);
  const margin = readOptionalNumber('margin', state.margin, errors, true);
  if (!touched) {
    return {
      result: null,
      errors,
      missing: state.mode === 'lost' ? 'Isi jumlah pelanggan di awal periode dan yang hilang.' : 'Isi jumlah pelanggan di awal, di akhir, dan pelanggan baru.',
    };
  }
  // Churn is measured against the start, so "isi dengan 0" would be the wrong hint here.
  if (isBlank(state.start)) errors.start = 'Isi jumlah pelanggan di awal periode.';
  if (!values) return { result: null, errors, missing: fix };
  if (values[0] === 0) {
    errors.start = 'Pelanggan di awal periode harus lebih dari 0.';
    return { result: null, errors, missing: 'Churn dihitung dari pelanggan di awal periode, jadi angkanya harus lebih dari 0.' };
  }
  const input =
    state.mode === 'lost'
      ? ({ kind: 'lost', start: values[0]!, lost: values[1]! } as const)
      : ({ kind: 'flow', start: values[0]!, end: values[1]!, newCustomers: values[2]! } as const);
  // CLV is optional: its problems are shown beside ARPU and margin (a message already there from
  // reading the field wins) while churn itself still shows.
  let r = calculateChurn(input, { period: state.period, arpu, marginPercent: margin });
  if (!r.ok && r.errors.every((e) => e.field === 'arpu' || e.field === 'margin')) {
    addErrors(errors, r.errors);
    r = calculateChurn(input, { period: state.period });
  }
  if (!r.ok) {
    addErrors(errors, r.errors);
    return { result: null, errors, missing: r.errors[0]?.message ?? null };
  }
  return { result: r.value, errors, missing: null };
}
