#!/usr/bin/env node
// Packets for measuring a quiz bank with people (or helpers) who play it on paper: the blind players
// see only the items, the studied player reads the linked guides first. Each packet shuffles item
// order and option order by a seed, drops explanations and guide links, and has a separate key.
// A second command scores a filled-in answer sheet against its key.
//
//   node test/build/blind-packet.mjs packets [--out DIR] [--seed S] [--players a,b,studied] [bank …]
//   node test/build/blind-packet.mjs score ANSWERS.md KEY.json
//
// Packets go to DIR (default /work/brief/blind) as <bank>-<player>.md, and their keys to DIR/keys/ as
// <bank>-<player>.key.json, so a player handed the packets' folder does not see them.
// A player whose name starts with "studied" gets the text of every guide the bank links to, in
// front of the items. Answer sheets are lines such as `3: B (cue: echo)`; the cue names are the
// ones in the packet's instructions. See docs/quiz-validity.md for how the figures are recorded.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LETTERS = ['A', 'B', 'C', 'D'];
export const CUES = ['knowledge', 'straw man', 'echo', 'careful wording', 'one item answering another', 'guess'];

/** FNV-1a, then mulberry32: a small seeded generator, the same on every machine. */
function rng(seedText) {
  let h = 2166136261;
  for (const ch of seedText) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(list, next) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();

/** As in src/schemas/quiz-form.ts: an item is a label item when every option names a type in at most 5 words. */
const isLabelItem = (item) => item.options.every((o) => o.type !== undefined && oneLine(o.text).split(' ').length <= 5);

export function readBanks(root = ROOT) {
  const dir = join(root, 'content/kuis');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ bank: f.replace(/\.yaml$/, ''), items: parse(readFileSync(join(dir, f), 'utf8')) }));
}

/**
 * Where the right option goes in each item, in packet order: for the items with k options, a seeded
 * shuffle of the letters A… repeated, so each letter is right about equally often. Round 2's seed put
 * the right answer at C in 9 of 11 items of one packet, and its player noticed.
 */
function rightPositions(order, next) {
  const decks = new Map();
  return order.map((item) => {
    const k = item.options.length;
    if (!decks.get(k)?.length) {
      const rounds = Math.ceil(order.filter((i) => i.options.length === k).length / k);
      decks.set(k, shuffled(Array.from({ length: rounds * k }, (_, i) => i % k), next));
    }
    return decks.get(k).pop();
  });
}

/** One packet: the items in a seeded order with seeded option letters (right letters balanced), and its key. */
export function packet(bank, items, player, seed) {
  const order = shuffled(items, rng(`${seed}|${bank}|${player}|order`));
  const positions = rightPositions(order, rng(`${seed}|${bank}|${player}|letters`));
  const entries = order.map((item, n) => {
    const right = item.options.find((o) => o.id === item.answer);
    const others = shuffled(item.options.filter((o) => o !== right), rng(`${seed}|${bank}|${player}|${item.id}`));
    const options = right ? [...others.slice(0, positions[n]), right, ...others.slice(positions[n])] : others;
    return { n: n + 1, item, options };
  });
  const key = {
    bank,
    player,
    seed,
    items: entries.map(({ n, item, options }) => ({
      n,
      id: item.id,
      kind: isLabelItem(item) ? 'label' : 'sentence',
      right: LETTERS[options.findIndex((o) => o.id === item.answer)],
      letters: Object.fromEntries(options.map((o, i) => [LETTERS[i], o.id])),
    })),
  };
  const body = entries
    .map(({ n, item, options }) =>
      [`## ${n}`, '', oneLine(item.scenario), '', `**${oneLine(item.question)}**`, '', ...options.map((o, i) => `${LETTERS[i]}. ${oneLine(o.text)}`)].join('\n'),
    )
    .join('\n\n');
  return { body, key };
}

const INSTRUCTIONS_BLIND = `You are a shop employee who has never read this site. Answer every item from what you know and
what the wording tells you; do not look anything up. For each item write one line:

    <number>: <letter> (cue: <cue>)

where <cue> is the main reason for your choice, one of: ${CUES.join(', ')}.
"straw man": every other option is rude, lazy, self-serving or absurd. "echo": the option repeats
the scenario's words. "careful wording": the option hedges while others use absolute words.
"one item answering another": an earlier item (or its wording) gave this one away.`;

const INSTRUCTIONS_STUDIED = `You are a shop employee who has just read the guide sections below. Read them first, then answer
every item. For each item write one line:

    <number>: <letter> (cue: <cue>)

where <cue> is the main reason for your choice, one of: ${CUES.join(', ')}.`;

/** Guide text for the studied player: MDX reduced to readable prose, type cards written out. */
export function guideText(guideId, root = ROOT) {
  const src = readFileSync(join(root, 'content/panduan', `${guideId}.mdx`), 'utf8');
  const body = src.replace(/^---[\s\S]*?\n---\n/, '');
  const title = /\ntitle:\s*(.+)\n/.exec(src)?.[1] ?? guideId;
  const typeCards = (axis) =>
    readdirSync(join(root, 'content/tipe'))
      .filter((f) => f.startsWith(`${axis}-`))
      .map((f) => parse(readFileSync(join(root, 'content/tipe', f), 'utf8')))
      .sort((a, b) => a.order - b.order)
      .map((t) =>
        [
          `### ${t.name}`,
          oneLine(t.summary),
          `Tanda: ${t.signs.map(oneLine).join(' ')}`,
          `Contoh: ${oneLine(t.example)}`,
          `Cara melayani: ${t.handle.map(oneLine).join(' ')}`,
          `Hindari: ${t.avoid.map(oneLine).join(' ')}`,
        ].join('\n\n'),
      )
      .join('\n\n');
  const table = (block) => {
    const columns = /columns=\{(\[[\s\S]*?\])\}/.exec(block)?.[1];
    const rows = /rows=\{(\[[\s\S]*?\])\}\s*\/>/.exec(block)?.[1];
    if (!columns || !rows) return '';
    const cols = Function(`return ${columns}`)();
    return Function(`return ${rows}`)()
      .map((r) => `- ${r[0]}: ${cols.map((c, i) => `${c}: ${r[i + 1]}`).join('; ')}`)
      .join('\n');
  };
  const text = body
    .replace(/<TypeList axis="([a-z]+)" \/>/g, (_, axis) => typeCards(axis))
    .replace(/<Comparison[\s\S]*?\/>/g, table)
    .replace(/<img [^>]*alt="([^"]*)"[^>]*\/>/g, '($1)')
    .replace(/<Bands metric="([a-z]+)" \/>/g, (_, metric) => bandsText(metric, root))
    .replace(/<SurveyQuestion metric="([a-z]+)" \/>/g, (_, metric) => surveyQuestionText(metric, root))
    .replace(/<\/?(?:Term|Callout|CopyText|Ringkasan)[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n');
  return `# Panduan: ${title}\n\n${text.trim()}`;
}

/**
 * A calculator's reading bands as the guide shows them (`<Bands metric>` renders the words of
 * `<metric>BandWords` in src/i18n/id-<metric>.ts, `band.<metric>.<id>.<word>`, in the order of
 * the metric's table): one line per band, range, label and reading.
 */
export function bandsText(metric, root = ROOT) {
  const src = readFileSync(join(root, 'src/i18n', `id-${metric}.ts`), 'utf8');
  const bands = new Map();
  for (const [, id, word, text] of src.matchAll(new RegExp(`'band\\.${metric}\\.([\\w-]+)\\.(label|range|reading)':\\s*'([^']*)'`, 'g'))) {
    bands.set(id, { ...bands.get(id), [word]: text });
  }
  return [...bands.values()].map((b) => `- ${b.range}: ${b.label}. ${b.reading}`).join('\n');
}

/** A standard survey question as the guide shows it (`<SurveyQuestion metric>` renders src/lib/survey-kit.ts). */
export function surveyQuestionText(metric, root = ROOT) {
  const src = readFileSync(join(root, 'src/lib/survey-kit.ts'), 'utf8');
  const block = new RegExp(`\\n  ${metric}: \\{([\\s\\S]*?)\\n  \\}`).exec(src)?.[1] ?? '';
  const field = (name) => new RegExp(`${name}: (?:'([^']*)'|(\\d+))`).exec(block)?.slice(1).find((v) => v !== undefined) ?? '';
  return `> "${field('text')}" (${field('min')} = ${field('low')}, ${field('max')} = ${field('high')})`;
}

/** Guide ids a bank links to, in first-use order. */
const guidesOf = (items) => [...new Set(items.map((i) => i.guide.split('#')[0]))];

export function writePackets({ out, seed, players, banks }) {
  mkdirSync(join(out, 'keys'), { recursive: true });
  const written = [];
  for (const { bank, items } of readBanks().filter((b) => banks.length === 0 || banks.includes(b.bank))) {
    for (const player of players) {
      const { body, key } = packet(bank, items, player, seed);
      const studied = player.startsWith('studied');
      const head = `# Kuis "${bank}": lembar ${player}\n\n${studied ? INSTRUCTIONS_STUDIED : INSTRUCTIONS_BLIND}\n`;
      const guides = studied ? `\n${guidesOf(items).map((g) => guideText(g)).join('\n\n---\n\n')}\n\n---\n\n# Soal\n` : '';
      writeFileSync(join(out, `${bank}-${player}.md`), `${head}${guides}\n${body}\n`);
      writeFileSync(join(out, 'keys', `${bank}-${player}.key.json`), `${JSON.stringify(key, null, 1)}\n`);
      written.push(`${bank}-${player}`);
    }
  }
  return written;
}

/** Scores an answer sheet: right answers overall and by item kind, and how often each cue was named. */
export function score(answers, key) {
  const given = new Map();
  for (const line of answers.split('\n')) {
    const m = /^\s*(?:#+\s*)?(\d+)\s*[:.)-]\s*\**([A-Da-d])\b\**(.*)$/.exec(line);
    if (!m) continue;
    const cue = CUES.find((c) => m[3].toLowerCase().includes(c)) ?? 'unstated';
    given.set(Number(m[1]), { letter: m[2].toUpperCase(), cue });
  }
  const rows = key.items.map((k) => {
    const g = given.get(k.n);
    return { ...k, chosen: g?.letter ?? '-', cue: g?.cue ?? 'unanswered', correct: g?.letter === k.right };
  });
  const tally = (list) => ({ right: list.filter((r) => r.correct).length, of: list.length });
  const cues = {};
  for (const r of rows) {
    cues[r.cue] ??= { right: 0, of: 0 };
    cues[r.cue].of++;
    if (r.correct) cues[r.cue].right++;
  }
  return {
    all: tally(rows),
    label: tally(rows.filter((r) => r.kind === 'label')),
    sentence: tally(rows.filter((r) => r.kind === 'sentence')),
    cues,
    missed: rows.filter((r) => !r.correct).map((r) => `${r.id} (${r.chosen}→${r.right})`),
    cueWins: rows.filter((r) => r.correct && r.cue !== 'knowledge').map((r) => `${r.id}: ${r.cue}`),
  };
}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'score') {
    const [answers, keyFile] = rest;
    const result = score(readFileSync(answers, 'utf8'), JSON.parse(readFileSync(keyFile, 'utf8')));
    const pct = ({ right, of }) => (of ? `${right}/${of} (${Math.round((100 * right) / of)}%)` : '—');
    console.log(`all ${pct(result.all)}, label items ${pct(result.label)}, sentence items ${pct(result.sentence)}`);
    console.log(`cues: ${Object.entries(result.cues).map(([c, t]) => `${c} ${t.right}/${t.of}`).join(', ')}`);
    console.log(`won by a cue other than knowledge: ${result.cueWins.join('; ') || 'none'}`);
    console.log(`missed: ${result.missed.join(', ') || 'none'}`);
    return;
  }
  if (command === 'packets') {
    const opt = (name, fallback) => {
      const i = rest.indexOf(`--${name}`);
      if (i === -1) return fallback;
      const [value] = rest.splice(i, 2).slice(1);
      return value;
    };
    const out = opt('out', '/work/brief/blind');
    const seed = opt('seed', 'buta-1');
    const players = opt('players', 'blind-a,blind-b,studied').split(',');
    const written = writePackets({ out, seed, players, banks: rest });
    console.log(`wrote ${written.length} packets and keys to ${out}: ${written.join(', ')}`);
    return;
  }
  console.error('usage: blind-packet.mjs packets [--out DIR] [--seed S] [--players a,b,studied] [bank …] | score ANSWERS KEY.json');
  process.exitCode = 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
