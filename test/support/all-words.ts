// Unit tests read lib's messages as a page would: worded by a translator, here one over every
// calculator's dictionary (a page's has only `calc` and its own).
import { calc } from '../../src/i18n/id';
import { cesWords } from '../../src/i18n/id-ces';
import { churnWords } from '../../src/i18n/id-churn';
import { csatWords } from '../../src/i18n/id-csat';
import { npsWords } from '../../src/i18n/id-nps';
import { scoresWords } from '../../src/i18n/id-scores';
import { translator } from '../../src/i18n/translate';

export const say = translator(calc, npsWords, csatWords, cesWords, churnWords, scoresWords);
