import type { Amount } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Party } from "./direction.js";
import type { Draft } from "./draft.js";
import { toQuantity } from "./quantity.js";

const respectivelyWord = /\brespectively\b/i;

/**
 * "Poland and Norway sent 20 and 12 tanks to Ukraine, respectively", "Brazil and Argentina came next, with beef
 * sales to China worth $400 million and $120 million respectively": where a sentence says "respectively", the states
 * on one side of its flow and its figures, as many and in the same order, pair one by one. The counted drafts
 * of the sentence give way to one draft per pair, each with the thing the first figure counts (a figure named
 * with no noun, "20 and 12 tanks", counts that thing too). Nothing changes where the states of neither side
 * are as many as the figures.
 */
export function pairRespectively(text: string, sentence: Span, parties: readonly Party[], amounts: readonly Amount[], drafts: Draft[]): Draft[] {
  if (!respectivelyWord.test(text.slice(sentence.start, sentence.end))) return drafts;
  const states = listedStates(text, parties);
  for (const figures of listedFigures(text, amounts)) {
    const isFigure = (d: Draft) => d.kind === "transfer" && !!d.quantity && !!d.parts.amount && figures.some((f) => f.span.start === d.parts.amount!.start);
    const template = drafts.find((d) => isFigure(d) && d.parts.amount!.start === figures[0].span.start) ?? drafts.find(isFigure);
    if (!template?.quantity || !template.supplier || !template.recipient) continue;
    const unit = template.quantity.unit;
    if (figures.some((f) => f.unit !== null && f.unit !== unit)) continue;
    const list = states.find((run) => run.length === figures.length);
    if (!list) continue;
    // The listed states are the receivers where the counted flow goes to one of them, else the givers.
    const side = list.includes(template.recipient) ? "recipient" : "supplier";
    const paired = figures.map((f, i): Draft => ({ ...template, [side]: list[i], quantity: toQuantity(f, unit), parts: { ...template.parts, amount: f.span } }));
    return [...drafts.filter((d) => !isFigure(d)), ...paired];
  }
  return drafts;
}

/** Between two listed figures: a comma or "and" ("20 and 12 tanks", "$40 million, $12 million and $9 million"). */
const figureGap = /^\s*(?:,\s*)?(?:and\s+)?$/i;

/** The runs of figures a sentence lists, two or more each (not "the top five suppliers" before them), in order. */
function listedFigures(text: string, amounts: readonly Amount[]): Amount[][] {
  const sorted = amounts.filter((a) => a.unit !== "percent").sort((a, b) => a.span.start - b.span.start);
  const runs: Amount[][] = [];
  let run: Amount[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const gap = i > 0 ? text.slice(sorted[i - 1].span.end, sorted[i].span.start) : null;
    if (gap === null || gap.length > 8 || !figureGap.test(gap)) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
    run.push(sorted[i]);
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Between two listed states: a comma or "and" (with "the"), or the brackets of a short name ("the Czech Republic (Czechia)"). */
const listGap = /^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$/i;

/** The runs of states a sentence lists ("Poland, Norway and the US"), each as its distinct states in order. */
function listedStates(text: string, parties: readonly Party[]): string[][] {
  const sorted = [...parties].sort((a, b) => a.span.start - b.span.start);
  const runs: string[][] = [];
  let run: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const gap = i > 0 ? text.slice(sorted[i - 1].span.end, sorted[i].span.start).replace(/[()]/g, " ") : null;
    if (gap === null || gap.length > 12 || !listGap.test(gap)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (!run.includes(sorted[i].state)) run.push(sorted[i].state);
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length >= 2);
}
