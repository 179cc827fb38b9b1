import type { Source } from "../core/claim.js";
import { normalizeOrg, sourceLabel } from "./sources.js";

/** What independence needs of a statement. */
export interface OriginOf {
  readonly id: string;
  readonly source: Source;
  readonly source_key: string;
  readonly media: boolean;
  readonly carriers: readonly string[];
}

/**
 * The number of independent original sources among statements (of one flow): distinct origins, relays
 * and copies never counted. Named origins count first, then the press in time order, each press statement
 * only where it neither relays nor copies one already counted. Never more than the distinct sources.
 * Linear in the statements (sets, not pairs), for flows of thousands of statements. `independentSources([])` → 0
 */
export function independentSources(statements: readonly (OriginOf & { stated?: string | null })[]): number {
  const order = [...statements].sort((a, b) => Number(a.media) - Number(b.media) || (a.stated ?? "9999").localeCompare(b.stated ?? "9999") || a.id.localeCompare(b.id));
  const keys = new Set<string>();
  const orgs = new Map<string, Set<string>>(); // counted origin body → its source keys
  const groups = new Map<string, Set<string>>(); // near-duplicate group → source keys counted through it
  const relayedBy = new Map<string, Set<string>>(); // relay named by a counted named origin → its source keys
  const other = (m: Map<string, Set<string>>, k: string, key: string) => [...(m.get(k) ?? [])].some((x) => x !== key);
  const add = (m: Map<string, Set<string>>, k: string, key: string) => m.set(k, (m.get(k) ?? new Set()).add(key));
  for (const s of order) {
    if (s.media) {
      const mine = normalizeOrg(s.source.org);
      const dependent =
        s.carriers.some((c) => (c.startsWith("relay:") && other(orgs, c.slice(6), s.source_key)) || (c.startsWith("group:") && other(groups, c, s.source_key))) ||
        (mine !== null && other(relayedBy, mine, s.source_key));
      if (dependent) continue;
    }
    keys.add(s.source_key);
    const org = normalizeOrg(s.source.org);
    if (org) add(orgs, org, s.source_key);
    for (const c of s.carriers) {
      if (c.startsWith("group:")) add(groups, c, s.source_key);
      if (!s.media && c.startsWith("relay:")) add(relayedBy, c.slice(6), s.source_key);
    }
  }
  return keys.size;
}

/** One way a statement reached a reader: its origin, the relays, and the outlet that printed it. */
export interface RelayChain {
  readonly statement: string;
  readonly doc: string;
  /** Origin first, the outlet last: ["Shin Won-sik", "Yonhap", "Pledge Times"]. */
  readonly chain: readonly string[];
  /** True only where the chain comes back to its origin (the outlet that prints it first made it): A → B → A. */
  readonly circular: boolean;
}

/** The names a source goes by in a chain: its speaker and its body, normalised. */
function namesOf(source: Source): string[] {
  return [source.speaker, source.org].map((x) => normalizeOrg(x)).filter((x): x is string => x !== null);
}

/**
 * The relays between an origin and the outlet that prints it: each once, in first-named order, without
 * the origin or the outlet themselves (a report names its origin and its own outlet among the relays
 * it lists: "X reported, citing Y, which cited Z" is Z > Y > X however the names repeat).
 */
export function relaysBetween(origin: Source, relays: readonly string[], outlet: string | null): string[] {
  const skip = new Set(namesOf(origin));
  const printer = normalizeOrg(outlet);
  if (printer) skip.add(printer);
  const out: string[] = [];
  for (const r of relays) {
    const name = normalizeOrg(r);
    if (name === null || skip.has(name)) continue;
    skip.add(name);
    out.push(r);
  }
  return out;
}

/**
 * Whether a chain comes back to its origin: the outlet that prints the claim is the one that first made
 * it, reached back through others ("Harbour Post, citing Nord Review, which cited Harbour Post"). A
 * plain relay (A > B > C) is not circular, however often B speaks for itself elsewhere.
 * `comesBack({speaker: null, org: "Harbour Post", country: null}, ["Nord Review"], "Harbour Post")` → true.
 */
export function comesBack(origin: Source, between: readonly string[], outlet: string | null): boolean {
  const printer = normalizeOrg(outlet);
  return between.length > 0 && printer !== null && namesOf(origin).includes(printer);
}

/**
 * Lists who relayed whom, for the dashboard: one chain per report that passes a statement on through
 * others, marked circular only where the chain comes back to its origin (comesBack).
 * `_origins` is kept for callers that still pass the ledger's bodies; the mark no longer reads them.
 */
export function relayChains(
  statements: readonly { readonly id: string; readonly source: Source; readonly reports: readonly { doc: string; outlet: string | null; relays: readonly string[] }[] }[],
  _origins: readonly { readonly id: string; readonly org: string | null }[] = [],
): RelayChain[] {
  const out: RelayChain[] = [];
  for (const s of statements) {
    for (const r of s.reports) {
      // Only reports passed on through someone besides their origin and the outlet that prints them form a chain.
      const through = relaysBetween(s.source, r.relays, r.outlet);
      if (through.length === 0) continue;
      const chain = [sourceLabel(s.source), ...through, ...(r.outlet ? [r.outlet] : [])];
      out.push({ statement: s.id, doc: r.doc, chain, circular: comesBack(s.source, through, r.outlet) });
    }
  }
  return out;
}

/** Reports that took one path (origin, relays, outlet), tallied: what a store reads for a whole ledger's chains. */
export interface PathTally {
  readonly source: Source;
  readonly relays: readonly string[];
  readonly outlet: string | null;
  readonly reports: number;
  /** Distinct statements carried this way, and two of them (the first and last by id). */
  readonly statements: number;
  readonly first: string;
  readonly last: string;
}

/** Reporting chains grouped by path, with how many reports and statements took each, and a few of the statements. */
export interface ChainPath {
  /** Origin first, then each relay, the outlet last. */
  readonly links: readonly string[];
  /** The chain comes back to its origin or an earlier relay (A → B → A); a plain relay A → B → C is not circular. */
  readonly circular: boolean;
  /** Some of the statements carried this way (all of them where they are few). */
  readonly statements: readonly string[];
  /** How many statements took it (`statements` may list only some of them). */
  readonly statement_count: number;
  readonly reports: number;
}

/**
 * The chains of relayChains, grouped by path, from tallies instead of one row per report: the same
 * links and the same circular mark (comesBack).
 */
export function chainPaths(tallies: readonly PathTally[], _origins: readonly { readonly id: string; readonly org: string | null }[] = []): ChainPath[] {
  const byPath = new Map<string, { links: string[]; circular: boolean; statements: Set<string>; count: number; reports: number }>();
  for (const t of tallies) {
    const through = relaysBetween(t.source, t.relays, t.outlet);
    if (through.length === 0) continue;
    const links = [sourceLabel(t.source), ...through, ...(t.outlet ? [t.outlet] : [])];
    const circular = comesBack(t.source, through, t.outlet);
    const key = links.join("\u0000");
    const entry = byPath.get(key) ?? { links, circular: false, statements: new Set<string>(), count: 0, reports: 0 };
    entry.circular ||= circular;
    entry.statements.add(t.first).add(t.last);
    entry.count += t.statements;
    entry.reports += t.reports;
    byPath.set(key, entry);
  }
  return [...byPath.values()].map((e) => ({ links: e.links, circular: e.circular, statements: [...e.statements].sort(), statement_count: Math.max(e.count, e.statements.size), reports: e.reports }));
}
