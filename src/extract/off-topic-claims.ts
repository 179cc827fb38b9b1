import { ITEMS, type Item } from "../core/claim.js";
import type { Stage } from "../core/document.js";
import topicData from "../knowledge/arms-topic.json" with { type: "json" };
import { hits, phraseRegex } from "../knowledge/lexicon.js";

/**
 * off-topic-claims: a page of some length (arms-topic.json minSentences) that never speaks of arms, armed force, war or sanctions (arms-topic.json) tells no flow
 * this tool follows. What its sentences seem to move between countries — a club's transfer fee, a haulier's trucks,
 * the money families send home, a garden column's tree read as a weapon — is no claim. Trade in goods (oil, food, materials,
 * machine tools, cargo) is a flow of its own even there, so claims of those items stay.
 */
const TOPIC = phraseRegex(topicWords(topicData.words));
const GOODS = new Set<Item>(goodsItems(topicData.goodsItems));
/** A page this long that never names the topic has had room to (a one-line brief may name only its goods). */
const MIN_SENTENCES = topicData.minSentences;

function topicWords(words: readonly string[]): readonly string[] {
  if (!words.length || !words.every((w) => /^[a-z]+(?:[ -][a-z]+)?$/.test(w))) throw new Error("arms-topic.json: words must be lower-case words or two-word phrases");
  return words;
}

function goodsItems(items: readonly string[]): readonly Item[] {
  const known = new Set<string>(ITEMS);
  if (!items.every((i) => known.has(i))) throw new Error("arms-topic.json: goodsItems must be items of the schema");
  return items as Item[];
}

/** Whether the text speaks of arms, armed force, war or sanctions anywhere. */
export function speaksOfArms(text: string): boolean {
  return hits(TOPIC, text);
}

export function offTopicClaims(): Stage {
  return (doc) => {
    if (!doc.claims.length || doc.sentences.length < MIN_SENTENCES || speaksOfArms(doc.text)) return;
    // (A box of other stories kept inside the article is a report of its own, a headline with no room to name the
    // topic: "Chile signs for twelve Spanish patrol boats" under a harbour story stays a claim.)
    const boxed = (start: number) => doc.segments.some((g) => g.kind === "embedded" && g.span.start <= start && start < g.span.end);
    doc.claims = doc.claims.filter((c) => c.kind === "status" || GOODS.has(c.item) || boxed(c.evidence.start));
  };
}
