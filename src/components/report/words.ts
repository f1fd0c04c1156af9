// The report's translator: every component of the report words with it (src/i18n/translate.ts).
import { reportWords } from '../../i18n/id-report';
import { translator } from '../../i18n/translate';

export const t = translator(reportWords);
