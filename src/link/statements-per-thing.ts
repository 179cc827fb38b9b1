import type { Claim } from "../core/claim.js";

/**
 * The claim form's statement ids (SCHEMA.md: a statement is one source, one occasion, one content). The ledger keeps
 * one figure a document tells of several things of one family ("28,000 containers of weapons and munitions") as one
 * statement, so that totals never count it twice (linker.ts, siblings). In the claim form each thing is its own
 * content: where one document's claims in a statement name different things, the statement is given per thing
 * (`<statement>~<item>`), and every report of it carries the id of its own thing. Other statements keep their ids.
 *
 * `statementsPerThing([weapons@a, munitions@a, weapons@b])` → a's and b's weapons share "s~weapons-unspecified",
 * a's munitions has "s~ammunition".
 */
export function statementsPerThing(claims: readonly Claim[]): Map<string, string> {
  const split = new Set<string>();
  const itemsByDoc = new Map<string, Set<string>>();
  for (const c of claims) {
    if (!c.statement) continue;
    const key = `${c.statement}\u0000${c.doc}`;
    const items = itemsByDoc.get(key) ?? new Set<string>();
    items.add(c.item);
    itemsByDoc.set(key, items);
    if (items.size > 1) split.add(c.statement);
  }
  const out = new Map<string, string>();
  for (const c of claims) if (c.statement) out.set(c.id, split.has(c.statement) ? `${c.statement}~${c.item}` : c.statement);
  return out;
}
