// Reads the paraphrase-aid fixture (test/fixtures/paraphrase-aid/sentences.txt) and checks each page's claims against it.
import { readFileSync } from "node:fs";
import { processDocument } from "../../src/pipeline.js";

export interface Expected { supplier: string; recipient: string; item: string; certainty: string; unit: string | null; value: number | null; min: number | null; max: number | null; approx: boolean; per: string | null }
export interface Page { text: string; claims: Expected[] }

function amount(spec: string | undefined): Pick<Expected, "unit" | "value" | "min" | "max" | "approx" | "per"> {
  const none = { unit: null, value: null, min: null, max: null, approx: false, per: null };
  if (!spec) return none;
  const [unit, rest] = spec.split(":");
  let body = rest;
  let per: string | null = null;
  const slash = body.indexOf("/");
  if (slash >= 0) { per = body.slice(slash + 1); body = body.slice(0, slash); }
  const approx = body.startsWith("~");
  if (approx) body = body.slice(1);
  if (body.startsWith(">=")) return { ...none, unit, min: Number(body.slice(2)), approx, per };
  if (body.startsWith("<=")) return { ...none, unit, max: Number(body.slice(2)), approx, per };
  if (body.includes("..")) { const [a, b] = body.split(".."); return { ...none, unit, min: Number(a), max: Number(b), approx, per }; }
  return { ...none, unit, value: Number(body), approx, per };
}

export function readPages(path: string): Page[] {
  const pages: Page[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("S: ")) pages.push({ text: line.slice(3), claims: [] });
    else if (line.startsWith("= ") && line.trim() !== "= none") {
      const [supplier, recipient, item, certainty, spec] = line.slice(2).trim().split(/\s+/);
      pages.at(-1)!.claims.push({ supplier, recipient, item, certainty, ...amount(spec) });
    }
  }
  return pages;
}

export function claimsOf(text: string) {
  const doc = processDocument({ path: "para.txt", bytes: new TextEncoder().encode(text), meta: { id: "para", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims;
}

type Claim = ReturnType<typeof claimsOf>[number];

const near = (a: number | null | undefined, b: number | null) => b === null || (a != null && Math.abs(a - b) <= Math.abs(b) * 0.05);

export function amountAgrees(c: Claim, e: Expected): boolean {
  const q = c.quantity;
  if (e.unit === null) return true;
  if (!q || q.unit !== e.unit) return false;
  if ((q.per ?? null) !== e.per) return false;
  return near(q.value, e.value) && near(q.min, e.min) && near(q.max, e.max);
}

// The faults of one page: a missing core, a wrong amount or a wrong certainty, each named by its kind.
export function faults(page: Page): string[] {
  const claims = claimsOf(page.text);
  const used = new Set<Claim>();
  const out: string[] = [];
  for (const e of page.claims) {
    const core = claims.filter((c) => !used.has(c) && c.supplier === e.supplier && c.recipient === e.recipient && c.item === e.item);
    if (core.length === 0) { out.push(`missing ${e.supplier}>${e.recipient} ${e.item}`); continue; }
    const best = core.find((c) => amountAgrees(c, e) && (e.certainty === "*" || c.certainty === e.certainty)) ?? core.find((c) => amountAgrees(c, e)) ?? core[0];
    used.add(best);
    if (!amountAgrees(best, e)) out.push(`amount ${e.supplier}>${e.recipient} ${e.item}: got ${JSON.stringify(best.quantity)}`);
    if (e.certainty !== "*" && best.certainty !== e.certainty) out.push(`certainty ${e.supplier}>${e.recipient} ${e.item}: ${best.certainty} for ${e.certainty}`);
  }
  for (const c of claims) {
    if (used.has(c)) continue;
    if (page.claims.some((e) => c.supplier === e.supplier && c.recipient === e.recipient && c.item === e.item)) continue;
    out.push(`extra ${c.supplier}>${c.recipient} ${c.item}`);
  }
  return out;
}
