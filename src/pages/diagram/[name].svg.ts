// Stand-alone diagram files, drawn at build time from the site's data. Guides show them with
// <img> and a text equivalent when an inline drawing would not fit the 14 KB first view.
import type { APIRoute, GetStaticPaths } from 'astro';
import { customerRolesSvg } from '../../lib/diagrams/customer-roles';
import { loyaltyCycleSvg } from '../../lib/diagrams/loyalty-cycle';
import { recoveryStepsSvg } from '../../lib/diagrams/recovery-steps';

const DIAGRAMS: Record<string, () => string> = {
  'heard-last': recoveryStepsSvg,
  'siklus-griffin': loyaltyCycleSvg,
  'peran-pelanggan': customerRolesSvg,
};

export const getStaticPaths: GetStaticPaths = () => Object.keys(DIAGRAMS).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const draw = DIAGRAMS[params.name ?? ''];
  if (!draw) return new Response(null, { status: 404 });
  return new Response(draw(), { headers: { 'Content-Type': 'image/svg+xml' } });
};
