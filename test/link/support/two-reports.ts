// Two reports of one claim each linked: the statement each claim gets, or whether they share one.
import type { Claim } from "../../../src/core/claim.js";
import { linkClaims } from "../../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "../helpers.js";

/** One report's claim in the SCHEMA form, with the outlet and the day of publication of its report. */
export type ReportClaim = Omit<SchemaClaim, "doc"> & { outlet: string; published: string };

let n = 0;

/** A claim of no figure, no period and no source, asserted, from `supplier` to `recipient`: the ground of a case's claims. */
export const bareTransfer = (supplier: string, recipient: string, item: Claim["item"]) =>
  ({ kind: "transfer" as const, supplier, recipient, item, quantity: null, period: null, certainty: "asserted" as const, source: { speaker: null, org: null, country: null } }) satisfies Partial<SchemaClaim>;

/** The statements the linker gives the claim of the first report and the claim of the second, their ids `ids`. */
export function statementsOfTwo(a: ReportClaim, b: ReportClaim, ids: [string, string] = ["a", "b"]): [string | undefined, string | undefined] {
  const docs = new Map([
    [ids[0], meta({ id: ids[0], outlet: a.outlet, published: a.published })],
    [ids[1], meta({ id: ids[1], outlet: b.outlet, published: b.published })],
  ]);
  const ca = toClaim({ ...a, doc: ids[0] }, n++);
  const cb = toClaim({ ...b, doc: ids[1] }, n++);
  const links = linkClaims([ca, cb], docs);
  return [links.get(ca.id), links.get(cb.id)];
}

/** Whether the linker makes one statement of the two reports' claims. */
export function linkedAsOneOfTwo(a: ReportClaim, b: ReportClaim, ids?: [string, string]): boolean {
  const [sa, sb] = statementsOfTwo(a, b, ids);
  return sa === sb;
}
