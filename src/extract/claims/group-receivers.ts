import type { ArmsDocument } from "../../core/document.js";
import { GROUPS } from "../../knowledge/gazetteer.js";

/**
 * On a page about the Houthis, "Tehran sends no arms to Yemen" and "Iran ships missiles to Yemen" speak of the
 * Houthis: a state known to arm a group, and not its home state's government (groups.json armedBy), gives the
 * group what the page says it gives the home state. A page that never names the group keeps the state.
 *
 *     page names YEM-HOUTHIS; claim IRN → YEM  ⇒  IRN → YEM-HOUTHIS
 */
export function receiversThroughGroups(doc: ArmsDocument): void {
  const named = new Set(doc.mentions.filter((m) => m.kind === "state").map((m) => m.entity));
  const groups = GROUPS.filter((g) => g.home && g.armedBy?.length && named.has(g.id));
  if (!groups.length) return;
  doc.claims = doc.claims.map((c) => {
    if (c.kind !== "transfer" || !c.supplier || !c.recipient) return c;
    // (Two armed groups of one home state both named: the page does not tell which is meant.)
    const meant = groups.filter((g) => g.home === c.recipient && g.armedBy!.includes(c.supplier!));
    return meant.length === 1 ? { ...c, recipient: meant[0].id } : c;
  });
}
