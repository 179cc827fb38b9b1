import type { Statement } from "../core/ledger.js";

/** One way a statement reached print: the original source, then each relay, ending with the outlet. */
export interface ReportingChain {
  readonly links: readonly string[];
  /** True where a name comes back along the chain: an outlet citing a report that cites it. */
  readonly circular: boolean;
  readonly statements: readonly string[];
  readonly reports: number;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The reporting chains of some statements, longest first: `source → relay → … → outlet`. A chain
 * whose names repeat is circular: its reports are not independent confirmations of each other.
 */
export function reportingChains(statements: readonly Statement[]): ReportingChain[] {
  const chains = new Map<string, { links: string[]; statements: Set<string>; reports: number }>();
  for (const s of statements) {
    const origin = s.source.speaker ?? s.source.org;
    for (const r of s.reports) {
      // Relays are nearest first, so the path from the origin outwards is their reverse.
      const links = [origin, ...[...r.relays].reverse(), r.outlet].filter((x): x is string => !!x);
      const deduped = links.filter((x, i) => i === 0 || norm(x) !== norm(links[i - 1]));
      if (deduped.length < 2) continue;
      const key = deduped.map(norm).join(" > ");
      const entry = chains.get(key) ?? { links: deduped, statements: new Set<string>(), reports: 0 };
      entry.statements.add(s.id);
      entry.reports++;
      chains.set(key, entry);
    }
  }
  return [...chains.values()]
    .map((c) => ({ links: c.links, circular: new Set(c.links.map(norm)).size < c.links.length, statements: [...c.statements], reports: c.reports }))
    .filter((c) => c.circular || c.links.length > 2)
    .sort((a, b) => Number(b.circular) - Number(a.circular) || b.links.length - a.links.length || b.reports - a.reports);
}
