// The components every guide can use without importing them.
import Bands from './Bands.astro';
import Callout from './Callout.astro';
import Comparison from './Comparison.astro';
import CopyText from './CopyText.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import JourneyStages from './JourneyStages.astro';
import Ringkasan from './Ringkasan.astro';
import SurveyQuestion from './SurveyQuestion.astro';
import Term from './Term.astro';
import TypeCard from './TypeCard.astro';
import TypeList from './TypeList.astro';
import TypeMap from './TypeMap.astro';

export const mdxComponents = { Bands, Callout, Comparison, CopyText, JourneyStages, Ringkasan, SurveyQuestion, Term, TypeCard, TypeList, TypeMap, h2: H2, h3: H3 };
