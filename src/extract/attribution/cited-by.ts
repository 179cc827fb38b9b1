import type { ArmsDocument } from "../../core/document.js";
import { GENERIC_NOUNS, outletByName } from "../../knowledge/gazetteer.js";
import type { Speaker } from "./speakers.js";
import citedData from "./cited-by.json" with { type: "json" };

const WORLD_OUTLETS = new Set(citedData.worldOutlets);

// "cited by", "quoted by the daily": the words right before one who passes on what another said.
const citedBy = /\b(?:cited|quoted)\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/iu;

/**
 * Those of the chosen speakers who only pass the claim on: "officials cited by Reuters said ...", "officers
 * quoted by the daily Pravo said ...". The outlet after "cited by" relays the claim of those named before it;
 * it makes no claim of its own. Only where someone is named before it.
 *
 *     chosen [Polish defence officials, Bloomberg] in "Polish defence officials quoted by Bloomberg said" -> [Bloomberg]
 */
export function citersAfter(doc: ArmsDocument, chosen: readonly Speaker[]): Speaker[] {
  return chosen.filter((c) => chosen.some((o) => o.span.end <= c.span.start && o !== c) && citedBy.test(doc.text.slice(Math.max(0, c.span.start - 30), c.span.start)));
}

/** The common nouns of a state's bodies ("defence ministry", "ministry of national defense"), lower case, longest first. */
const bodyNouns = Object.values(GENERIC_NOUNS)
  .flatMap((n) => n.aliases.map((a) => a.toLowerCase()))
  .filter((a) => a.includes(" ") || a.length > 4)
  .sort((a, b) => b.length - a.length);

/**
 * "..., Yonhap reported, citing the defence ministry": a body named after "citing" only by its common noun is the
 * body of the citing outlet's home state (outlets.json), which is the source, where the outlet is a national news
 * agency or state media (not a wire of the whole world, cited-by.json). `at` is where the words after "citing"
 * start; `citing` are the ones who cite. None where the noun is not there, or the outlet has no one home state.
 *
 *     "citing the defence ministry" after Yonhap → {org: "defence ministry", country: "KOR"}
 */
export function citedBodyOfOutlet(doc: ArmsDocument, at: number, end: number, citing: readonly Speaker[]): Speaker[] {
  const homeState = (c: Speaker) => {
    const o = c.source.speaker ? undefined : outletByName(c.source.org ?? "");
    return o && (o.kind === "wire" || o.kind === "state-media") && !WORLD_OUTLETS.has(o.id) ? o.country : null;
  };
  const states = new Set(citing.map(homeState));
  const [state] = states;
  if (states.size !== 1 || !state) return [];
  const rest = doc.text.slice(at, Math.min(end, at + 60));
  const lead = /^\s*(?:the\s+)?/i.exec(rest)![0];
  const words = rest.slice(lead.length).toLowerCase();
  const noun = bodyNouns.find((n) => words.startsWith(n) && !/^[\p{L}\p{N}-]/u.test(words.slice(n.length)));
  if (!noun) return [];
  const start = at + lead.length;
  return [{ span: { start, end: start + noun.length }, source: { speaker: null, org: doc.text.slice(start, start + noun.length), country: state }, voice: "named", kind: "body" }];
}
