import unitItems from "../../knowledge/unit-items.json" with { type: "json" };
import type { ItemMention } from "./find-items.js";

const data = unitItems.conveyingAircraft;
const types = data.types.join("|");
/** The aircraft word names a transport itself ("Il-76", "transport aircraft") or stands by one ("Y-20 transport aircraft", "cargo planes"). */
const typeIn = new RegExp(`(?:^|[^\\p{L}-])(?:${types})(?![\\p{L}-])`, "iu");
const typeAfter = new RegExp(`^\\s+(?:${types})(?![\\p{L}-])`, "iu");
const typeBefore = new RegExp(`(?:^|[^\\p{L}-])(?:${types})\\s+$`, "iu");
/** "by Indian Air Force transport planes", "in a night flight of Chinese transport aircraft": the place of the means, its owner and
 * model between ("by Chinese Y-20 transport planes"). */
const meansBefore = new RegExp(`(?:^|[^\\p{L}])(?:${data.before.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\s+(?:(?:a|an|the|its|their|one|two|three|four|five|six|several|some)\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,4}$`, "iu");
/** "Y-20 transport aircraft landed", "a Turkish C-130 which landed ... had carried": the aircraft as the one that carries. */
const carriesAfter = new RegExp(`^(?:\\s+(?:${types}|${data.between.join("|")}))*\\s+(?:${data.verbs.map((w) => w.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}-])`, "iu");

/** "Emirati planes carrying rifles": a plain word for aircraft, its owner at most before it, right before a verb of carrying. */
const plainOnly = new RegExp(`^(?:[\\p{L}-]+\\s+)?(?:${data.plain.join("|")})$`, "iu");
const carryingAfter = new RegExp(`^\\s+(?:${data.carrying.map((w) => w.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}-])`, "iu");

/** Whether an aircraft mention is a transport in the place of what carried goods. */
function conveys(text: string, i: ItemMention): boolean {
  if (plainOnly.test(i.text) && carryingAfter.test(text.slice(i.span.end, i.span.end + 30))) return true;
  const tail = text.slice(i.span.end, i.span.end + 60);
  const lead = text.slice(Math.max(0, i.span.start - 60), i.span.start);
  if (!typeIn.test(i.text) && !typeAfter.test(tail) && !typeBefore.test(lead)) return false;
  return meansBefore.test(lead) || carriesAfter.test(tail);
}

/**
 * "a Russian Il-76 delivered an air-defence system", "flown into the base by Indian Air Force transport planes": a
 * transport aircraft told as what carried the sentence's other goods is their conveyance, no goods of its own
 * (unit-items.json conveyingAircraft). Where the sentence names no other goods, the aircraft may be the goods.
 *
 *     "a Russian Il-76 delivered a radar" -> [radar]
 */
export function withoutConveyingAircraft(text: string, items: readonly ItemMention[]): ItemMention[] {
  if (!items.some((i) => i.item !== "aircraft" && i.item !== "money")) return [...items];
  return items.filter((i) => i.item !== "aircraft" || !conveys(text, i));
}
