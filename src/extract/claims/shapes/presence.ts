import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import type { Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import { modelMaker } from "../item-origin.js";
import { partiesIn, type Shape, type ShapeInput } from "./frame.js";
import { allMatches } from "../../../core/all-matches.js";

const frame = new RegExp(`\\b${shapes.presence.frame}\\b`, "giu");
// "Moscow will station its new missiles in Belarus": the goods stand between the verb and the place.
const goodsFrame = new RegExp(`\\b${shapes.presence.goodsFrame}\\b`, "giu");
// "stationed on Belarusian soil", "deployed on Poland's territory": the state's ground (shapes.json presence.soilFrame, soilNouns).
const soilFrame = new RegExp(`\\b${shapes.presence.soilFrame}\\b`, "giu");
const soilAfter = new RegExp(`^(?:['’]s)?\\s+(?:${shapes.presence.soilNouns.join("|")})\\b`, "iu");
const duty = new RegExp(`^${shapes.presence.duty}\\b`, "iu");
// "the new launchers could be stationed in Belarus": arms placed in a state, like arms on duty there (shapes.json presence.placed).
const placedGoods = new RegExp(`^(?:${shapes.presence.placed.join("|")})\\b`, "iu");
// "took part in the operation to liberate Kursk", "helping to retake Kursk": a side taken (shapes.json presence.side).
const sideCue = /\b(?:part|participat|help)/i;
const side = new RegExp(`\\b(?:${shapes.presence.side.join("|")})\\b`, "giu");

/**
 * "North Korean troops are stationed in Kursk", "Russia keeps troops based in Belarus": where they are
 * is where they went. The frame ends in "in"/"to" right before the place, as "are in" does for the
 * assembler (which then takes the state named right after it as the receiver, and nothing where no
 * state is named there).
 */
export const presence: Shape = ({ doc, sentence, ctx }) => {
  const parties = partiesIn(doc, sentence);
  if (!parties.length) return [];
  const text = doc.slice(sentence);
  const out = [];
  for (const m of [...allMatches(frame, text), ...allMatches(goodsFrame, text)]) {
    const end = sentence.start + m.index! + m[0].length;
    // Only where a party stands right after the frame ("stationed in the Kursk region" names Russia there).
    const where = parties.find((p) => p.span.start >= end && /^\s+(?:the\s+)?$/.test(doc.text.slice(end, p.span.start)));
    if (!where) continue;
    if (parties.length < 2 && !onDuty(doc, sentence, m, where, ctx)) continue;
    // ("In Minsk, Putin said the new missiles could be stationed in Belarus": a second name of the same state names no giver.)
    if (parties.length >= 2 && parties.every((p) => p.state === where.state)) onDuty(doc, sentence, m, where, ctx);
    out.push({ start: sentence.start + m.index!, end, text: m[0].replace(/\s+(?:to|into|at)$/i, " in"), role: "give" as const });
  }
  out.push(...onGround({ doc, sentence }));
  out.push(...sideTaken({ doc, sentence }));
  return out;
};

/**
 * "Iskander launchers supplied by Russia were stationed on Belarusian soil": the frame with a state's ground
 * (shapes.json presence.soilFrame, then the state's adjective or name and one of soilNouns) tells where the goods or
 * troops are as "in" does, where the sentence names another state too. The phrase structure reads these words as
 * transfer words too, so that the "on" before the state is no target (syntax/arguments.ts).
 */
export function onGround({ doc, sentence }: { doc: ShapeInput["doc"]; sentence: ShapeInput["sentence"] }): Trigger[] {
  const text = doc.slice(sentence);
  if (!/\bon\b/i.test(text)) return [];
  const parties = partiesIn(doc, sentence);
  if (parties.length < 2) return [];
  const out: Trigger[] = [];
  for (const m of allMatches(soilFrame, text)) {
    const end = sentence.start + m.index! + m[0].length;
    // Only where the state's adjective (or its name) stands right after the frame, then a noun of its ground.
    const where = parties.find((p) => p.span.start >= end && /^\s+(?:the\s+)?$/.test(doc.text.slice(end, p.span.start)) && soilAfter.test(doc.text.slice(p.span.end, p.span.end + 16)));
    if (!where) continue;
    out.push({ start: sentence.start + m.index!, end, text: `${m[0].replace(/\s+on$/i, "")} in`, role: "give" });
  }
  return out;
}

/**
 * "Chadian soldiers took part in the operations to liberate the Tibesti region", "helped to retake Kursk": troops
 * that fight on a state's side are where they went, read as "are in" (the state right after receives). The
 * phrase structure reads these words as transfer words too: what follows them is no purpose, and the troops
 * who take part are what moved, not ones who act otherwise (syntax/arguments.ts).
 */
export function sideTaken({ doc, sentence }: { doc: ShapeInput["doc"]; sentence: ShapeInput["sentence"] }): Trigger[] {
  const text = doc.slice(sentence);
  if (!sideCue.test(text)) return [];
  const parties = partiesIn(doc, sentence);
  const out: Trigger[] = [];
  for (const m of allMatches(side, text)) {
    const end = sentence.start + m.index! + m[0].length;
    if (!parties.some((p) => p.span.start >= end && /^\s+(?:the\s+)?$/.test(doc.text.slice(end, p.span.start)))) continue;
    out.push({ start: sentence.start + m.index!, end, text: `${m[0]} in`, role: "give" });
  }
  return out;
}

/**
 * "The first Oreshnik launcher went on combat duty in Belarus": arms put on duty in the one state a sentence names
 * (shapes.json presence.duty) come from the maker of the model the goods before the frame name, where that is
 * another state; the segment then carries that flow, so the assembler takes the maker as the giver. Arms stationed,
 * based or deployed there ("the Oreshnik could be based in Belarus") are placed by their maker the same way: a report
 * names the model and the host, and leaves the giver to the model's name.
 */
function onDuty(doc: ShapeInput["doc"], sentence: ShapeInput["sentence"], m: RegExpMatchArray, where: { state: string | null; entity: string }, ctx: ShapeInput["ctx"]): boolean {
  const onDutyThere = duty.test(m[0]);
  if (!onDutyThere && !placedGoods.test(m[0])) return false;
  const before = doc.text.slice(sentence.start, sentence.start + m.index!);
  const goods = findItems(before, sentence.start).filter((i) => i.item !== "troops" && i.item !== "workers");
  const maker = goods.length ? modelMaker(doc.text, goods) : null;
  const place = where.state ?? where.entity;
  if (!maker || maker === place) return false;
  ctx.supplier = maker;
  ctx.recipient = place;
  // (Arms merely placed there name their giver for this sentence only: the segment goes on with the flow it told, so
  // the next sentence's drones from another maker are not read as going to the host.)
  if (!onDutyThere) ctx.sentenceOnlyFlow = true;
  return true;
}
