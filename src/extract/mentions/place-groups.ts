import type { Mention } from "../../core/document.js";
import { findGroup } from "../../knowledge/gazetteer.js";
import groupsData from "../../knowledge/groups.json" with { type: "json" };

const giving = groupsData.givingBodies;
const givingAfter = new RegExp(giving.after, "iu");
const givingBefore = new RegExp(giving.before, "i");
const givingItself = new RegExp(giving.itself, "ud");
const givingMembers = new RegExp(giving.members, "iu");

/**
 * A body that gives as a body is a party: "the EU will send shells", "the EU's aid to Ukraine",
 * "rounds from the EU" name EU; "the EU said" stays the body that speaks, and in "the EU said it had sent
 * shells" the "it" names EU.
 *
 *     givingBodies("The EU will send shells", [eu 4-6]) → [state EU 4-6]
 */
export function givingBodies(text: string, list: Mention[]): Mention[] {
  const codes = giving.bodies as Record<string, string>;
  if (!list.some((m) => m.kind === "body" && codes[m.entity])) return list;
  const itself: Mention[] = [];
  const out = list.map((m): Mention => {
    const code = m.kind === "body" ? codes[m.entity] : undefined;
    if (!code) return m;
    // ("EU governments agreed to send", "EU members will have handed": the body's members give as the body.)
    const after = text.slice(m.span.end, m.span.end + 90);
    const members = givingMembers.exec(after);
    const gives = givingAfter.test(members ? after.slice(members[0].length, members[0].length + 60) : after.slice(0, 60)) || givingBefore.test(text.slice(Math.max(0, m.span.start - 12), m.span.start));
    if (gives) return { kind: "state", span: m.span, entity: code, name: m.name, state: code, form: "name" };
    // "the EU admitted that it had sent": the body speaks, and "it" gives.
    const own = givingItself.exec(text.slice(m.span.end, m.span.end + 160));
    const at = own?.indices?.[1];
    if (at) itself.push({ kind: "state", span: { start: m.span.end + at[0], end: m.span.end + at[1] }, entity: code, name: m.name, state: code, form: "alias" });
    return m;
  });
  if (!itself.length) return out;
  return [...out, ...itself.filter((i) => !out.some((m) => m.span.start < i.span.end && i.span.start < m.span.end))].sort((a, b) => a.span.start - b.span.start);
}

// "'s" then up to three words that only describe the group ("paramilitary", "Iran-backed", "mercenary").
const PLACING_GAP = /^(?:['’‘]s)?(?:[\s\u00a0]+(?:\p{Ll}[\p{L}-]*|\p{L}+-[\p{L}-]+)){0,3}[\s\u00a0]+$/u;

/**
 * A group's home state named right before it only places the group: "Yemen's Houthis", "Yemeni Houthi
 * rebels", "Sudan's paramilitary Rapid Support Forces", "Russia's Wagner" are one mention of the group,
 * and the state is no party of its own. Where a state that backs the group stands between
 * ("Yemen's Iran-backed Houthis"), the home state is dropped and the backer stays.
 *
 * With `sentence`, the list is one sentence's: a home state named there as a place beside its group
 * ("arms heading to Yemen for the Houthi rebels") is dropped too.
 *
 *     placeGroups("Yemen's Houthis", [YEM 0-5, YEM-HOUTHIS 8-15]) → [YEM-HOUTHIS 0-15]
 */
export function placeGroups(text: string, list: Mention[], sentence = false): Mention[] {
  if (!list.some((m) => m.kind === "state" && findGroup(m.entity))) return list;
  const drop = new Set<number>();
  const out = list.slice();
  for (let i = 0; i < out.length; i++) {
    const g = out[i];
    const group = g.kind === "state" ? findGroup(g.entity) : undefined;
    if (!group?.home) continue;
    // Skip back over backers written as modifiers ("Iran-backed"), at most two.
    let j = i - 1;
    while (j >= 0 && i - j <= 2 && out[j].kind === "state" && out[j].entity !== group.home && text[out[j].span.end] === "-") j--;
    const home = out[j];
    if (!home || home.kind !== "state" || home.entity !== group.home || home.weak) continue;
    const gap = text.slice(home.span.end, g.span.start).replace(/\S+-\S+/g, (w) => w.toLowerCase());
    // Only a possessive ("Yemen's") or an adjective ("Yemeni") places the group; "to Yemen for the Houthis" is two places.
    if (!PLACING_GAP.test(gap) || !(/^['’‘]s/.test(gap) || home.form === "adjective")) continue;
    if (j === i - 1) out[i] = { ...g, span: { start: home.span.start, end: g.span.end } };
    drop.add(j);
  }
  // In one sentence, a home state named as a place beside its group ("shipments to Yemen for the Houthi
  // rebels", "drones delivered in Lebanon to Hezbollah") is where the group is, not a second party.
  if (sentence)
    out.forEach((m, k) => {
      if (m.kind !== "state" || !/\b(?:to|in|into|inside|across|through|within|throughout)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span.start - 12), m.span.start))) return;
      // ("fighters allied to Yemen's exiled government": the state's government, no place.)
      if (/^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:government|army|military|president|leadership|coast guard)\b/u.test(text.slice(m.span.end, m.span.end + 40))) return;
      if (out.some((g) => g.kind === "state" && findGroup(g.entity)?.home === m.entity)) drop.add(k);
    });
  return drop.size ? out.filter((_, k) => !drop.has(k)) : out;
}
