import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import type { Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import { partiesIn, type Shape } from "./frame.js";

const data = shapes.loading;
const verb = new RegExp(`\\b${data.verb}\\b`, "giu");
// "a Libyan port", "Libya's far eastern port", "Libyan oil terminals": a noun of a port right after the state, or a few words on.
const portAfter = new RegExp(`^(?:['’]s)?(?:\\s+[\\p{L}-]+){0,3}?\\s+${data.ports}\\b`, "iu");
const placeBefore = new RegExp(data.before, "iu");
// "Chadian tankers", "Libyan-flagged ships": the carrier's state right before its noun.
const carrierAfter = new RegExp(`^(?:-flagged|-registered|-owned)?(?:\\s+[\\p{L}-]+){0,2}?\\s+${data.carriers}\\b`, "iu");

/**
 * "Chadian tankers loaded 50,000 tonnes of fuel at a Libyan port", "the ships loaded oil at Libya's port of
 * Tobruk": goods loaded at a state's port leave that state. The port's state gives; the ships' state (or the receiver
 * of the transfer told last, where the port's state gave it) receives. The shape returns the loading verb as one of
 * getting and sets the parties the sentence carries (a state after "at" is otherwise a target), so the assembler
 * fills the giver the clause leaves open.
 *
 *     "Chadian tankers loaded fuel at a Libyan port" -> LBY to TCD
 */
export const loading: Shape = ({ doc, sentence, ctx }) => {
  const text = doc.slice(sentence);
  verb.lastIndex = 0;
  const m = verb.exec(text);
  if (!m) return [];
  const at = sentence.start + m.index;
  const end = at + m[0].length;
  const states = partiesIn(doc, sentence);
  const port = states.find((s) => s.span.start >= end && placeBefore.test(doc.text.slice(Math.max(end, s.span.start - 16), s.span.start)) && portAfter.test(doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 40))));
  if (!port) return [];
  const giver = port.state ?? port.entity;
  // The goods stand between the verb and the port.
  if (!findItems(doc.text.slice(end, port.span.start), end).length) return [];
  const ships = states.find((s) => s !== port && s.span.end <= at && (s.state ?? s.entity) !== giver && carrierAfter.test(doc.text.slice(s.span.end, at)));
  const last = ctx.lastTransfer;
  const taker = ships ? (ships.state ?? ships.entity) : last && last.supplier === giver ? last.recipient : null;
  if (!taker || taker === giver) return [];
  ctx.supplier = giver;
  ctx.recipient = taker;
  return [{ start: at, end, text: m[0], role: "get" }] as Trigger[];
};
