// Every dictionary's key is used somewhere in src/ and every `{placeholder}` is well formed; the
// dictionaries one translator merges never repeat a key. (That each use fills its key's
// placeholders is the type checker's part: `ParamsOf` in src/i18n/translate.ts.)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc, ui } from '../../src/i18n/id';
import { cesBandWords, cesWords } from '../../src/i18n/id-ces';
import { churnWords } from '../../src/i18n/id-churn';
import { classWords } from '../../src/i18n/id-class';
import { csatBandWords, csatWords } from '../../src/i18n/id-csat';
import { npsBandWords, npsWords } from '../../src/i18n/id-nps';
import { profilerWords } from '../../src/i18n/id-profiler';
import { questionWords } from '../../src/i18n/id-question';
import { quizWords } from '../../src/i18n/id-quiz';
import { reportWords } from '../../src/i18n/id-report';
import { scoresWords } from '../../src/i18n/id-scores';
import { searchWords } from '../../src/i18n/id-search';
import { trainerPageWords, trainerWords } from '../../src/i18n/id-trainer';
import { trainerFormWords } from '../../src/i18n/id-trainer-form';
import { trainerSendWords } from '../../src/i18n/id-trainer-send';

const dictionaries: Record<string, Readonly<Record<string, string>>> = {
  ui, calc, npsWords, csatWords, cesWords, npsBandWords, csatBandWords, cesBandWords, churnWords, scoresWords, reportWords, questionWords, quizWords, classWords, searchWords, trainerPageWords, trainerWords, trainerFormWords, trainerSendWords, profilerWords,
};

/** src/ outside the dictionaries themselves. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) && !/src\/i18n\/id[-.]/.test(path) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = sources('src').join('\n');

/** Keys built at run time: each template literal with a `${…}` in it, as a pattern (`nps.${key}Hint`). */
const built = [...code.matchAll(/`([\w.-]*\$\{[^`]*)`/g)]
  .map((m) => m[1]!.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w.-]+'))
  .filter((p) => /[a-z]{2,}\\\./.test(p))
  .map((p) => new RegExp(`^${p}$`));

const used = (key: string) =>
  code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``) || (/^\w+$/.test(key) && new RegExp(`\\.${key}\\b`).test(code)) || built.some((re) => re.test(key));

describe('the dictionaries (src/i18n/id*.ts)', () => {
  it.each(Object.entries(dictionaries))('every key of %s is used in src/', (_, words) => {
    expect(Object.keys(words).filter((key) => !used(key))).toEqual([]);
  });

  it.each(Object.entries(dictionaries))('every placeholder of %s is one `{name}`, never named like an inherited property', (_, words) => {
    // The translator reads `params[name]` as it is (bytes count on the calculator pages), so
    // `{toString}` would read Object.prototype's.
    const bad = Object.entries(words).filter(([, text]) => text.replace(/\{\w+\}/g, '').match(/[{}]/) || [...text.matchAll(/\{(\w+)\}/g)].some(([, name]) => name! in {}));
    expect(bad).toEqual([]);
  });

  it('a calculator page\'s translator (calc, its own words and bands, calc and the scores input\'s) repeats no key', () => {
    for (const own of [{ ...npsWords, ...npsBandWords }, { ...csatWords, ...csatBandWords }, { ...cesWords, ...cesBandWords }, churnWords, scoresWords]) {
      expect(Object.keys(own).filter((key) => Object.hasOwn(calc, key))).toEqual([]);
    }
    for (const [own, bands] of [[npsWords, npsBandWords], [csatWords, csatBandWords], [cesWords, cesBandWords]] as const) {
      expect(Object.keys(own).filter((key) => Object.hasOwn(bands, key))).toEqual([]);
    }
  });
});
