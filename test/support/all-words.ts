// Unit tests read lib's messages as a page would: with every calculator's strings added to `say`.
import { cesWords } from '../../src/i18n/id-ces';
import { churnWords } from '../../src/i18n/id-churn';
import { csatWords } from '../../src/i18n/id-csat';
import { npsWords } from '../../src/i18n/id-nps';
import { scoresWords } from '../../src/i18n/id-scores';
import { addWords } from '../../src/i18n/say';

addWords(npsWords, csatWords, cesWords, churnWords, scoresWords);
