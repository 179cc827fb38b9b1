import type { Claim } from "../core/claim.js";

/**
 * "Finland approves new arms package for Kyiv" over "..., Defence Minister Aino Virtanen said": a headline that
 * speaks in its state's name or in the outlet's own voice retells what its body credits to a person or a named
 * body, and is that source's claim (SCHEMA.md: a claim stated twice is credited as exactly as the document names
 * its source anywhere). A headline claim that did not merge with the body's (its figure or its certainty told
 * otherwise) takes the source of the first body claim of its segment with the same kind, parties and item,
 * where that source is a person, or a state's body other than its government; a headline in a state's name
 * takes only a source of that state. Other claims are returned as they are.
 *
 *     headline "Norway keeps jets at home" (Norwegian government) + body "..., Sandvik said" -> Sandvik
 */
export function headlineSources(claims: readonly Claim[], isHeadline: (c: Claim) => boolean): Claim[] {
  if (!claims.some(isHeadline)) return [...claims];
  return claims.map((c) => {
    if (!isHeadline(c) || c.source.speaker !== null) return c;
    const stateVoice = governmentVoice(c);
    if (!stateVoice && !outletVoice(c)) return c;
    const body = claims.find((o) => !isHeadline(o) && o.segment === c.segment && o.kind === c.kind && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item && exact(o) && (!stateVoice || o.source.country === c.source.country));
    return body ? { ...c, source: body.source, relays: body.relays, stated: body.stated ?? c.stated } : c;
  });
}

/** "Berlin pledges ...": the state's government as the headline's subject. */
function governmentVoice(c: Claim): boolean {
  return c.source.speaker === null && c.source.country !== null && /\bgovernment$/i.test(c.source.org ?? "");
}

/** The outlet's own words: no speaker, no state, no one relaying. */
function outletVoice(c: Claim): boolean {
  return c.source.speaker === null && c.source.country === null && c.relays.length === 0;
}

/** A source named more exactly than a state: a person, or a body of a state other than its government. */
function exact(o: Claim): boolean {
  return o.source.speaker !== null || (o.source.country !== null && !!o.source.org && !governmentVoice(o));
}
