// The dashboard's view of the API: typed fetches, and the API's `{error: {code, message}}` as an exception.
import { navigationSignal } from "./router.js";

export interface Quantity { value: number | null; min: number | null; max: number | null; unit: string; approx: boolean }
export interface Source { speaker: string | null; org: string | null; country: string | null }
/** What a figure measures: a running total to its day, an amount over a window, a rate or share, a plan or target. */
export type Measure = "stock" | "increment" | "rate" | "plan";
export interface Period { start: string | null; end: string | null }
export interface Report { doc: string; url: string | null; outlet: string | null; published: string | null; claim: string; evidence: string; start: number; end: number; relays: string[] }
export interface Statement {
  id: string; kind: string; supplier: string | null; recipient: string | null; item: string; quantity: Quantity | null;
  period: Period | null; cumulative: boolean; measure?: Measure | null; stated: string | null; certainty: string; source: Source;
  independent_sources: number; reports: Report[];
}
export interface Flow {
  supplier: string; recipient: string; item: string; statements: number; reports: number; independent_sources: number;
  latest: { statement: string; quantity: Quantity; stated: string | null; source: Source; measure?: Measure } | null;
  first_stated: string | null; last_stated: string | null; points?: SparkPoint[]; conflicts?: Conflict[];
}
/** A flow's figure over time: [stated day, value] and, where the server says it, the unit. */
export type SparkPoint = [string, number] | [string, number, string];
export interface Claim {
  id: string; doc: string; kind: string; supplier: string | null; recipient: string | null; item: string; quantity: Quantity | null;
  calibre: string | null; period: Period | null; cumulative: boolean; certainty: string; source: Source; relays: string[];
  stated: string | null; evidence: { start: number; end: number; text: string }; statement?: string;
}
export interface DocumentSummary { id: string; key: string; url: string | null; outlet: string | null; title: string | null; published: string | null; ingested_at: string; seen?: boolean }
export interface DocumentDetail extends DocumentSummary { text: string; claims: Claim[] }
export interface Conflict { stated: string | null; unit: string; figures: { statement: string; quantity: Quantity; stated: string | null; source: Source }[] }
export interface FlowDetail {
  flow: Flow; statements: Statement[]; estimate: unknown; likelihood: { phrase: string; band: [number, number]; reasons?: string[] } | null;
  reverse: { flows: Flow[] }; balance: Balance | null;
}
export interface BandValue { low: number; median: number; high: number }
export interface BalanceLine { item: string; unit: string; latest: BandValue & { date: string }; statements: number }
export interface Balance {
  forward: { supplier: string | null; recipient: string | null; lines: BalanceLine[] };
  reverse: { supplier: string | null; recipient: string | null; lines: BalanceLine[] };
  ratios: { statement: string; date: string | null; ratio: BandValue; says: string; source: string }[];
  containerRatio: (BandValue & { forwardDate: string; reverseDate: string }) | null;
}
export interface SourceRow { id: string; speaker: string | null; org: string | null; country: string | null; kind: string; statements: number; reports: number; grade: string | null; reasons: string[] }
export interface Chain { links: string[]; circular: boolean; statements: string[]; reports: number }
export interface Extracted { document: { id: string; title: string | null; text: string }; claims: Claim[] }
export interface Stored { status: string; key: string; document: DocumentSummary; claims: Claim[] }

export interface Health { ok: boolean; documents: number; read_only?: boolean }

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  // Reads belong to the navigation under way: moving on aborts them (router.ts).
  const signal = init?.method && init.method !== "GET" ? undefined : navigationSignal();
  const response = await fetch(path, { ...init, ...(signal ? { signal } : {}), headers: { accept: "application/json", ...(init?.headers ?? {}) } });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) throw new ApiError(body?.error?.code ?? "HTTP", body?.error?.message ?? `HTTP ${response.status}`, response.status);
  return body as T;
}

/**
 * The list of flows the server put inside the overview's page (src/api/plugins/web.ts, INLINE_FLOWS_ID):
 * taken once, by the first page that asks for the whole list, and gone after, so a later visit to the
 * overview reads the list afresh.
 */
function inlineFlows(): { flows: Flow[] } | null {
  const block = document.getElementById("armsflow-flows");
  if (!block) return null;
  block.remove();
  try {
    const data = JSON.parse(block.textContent ?? "") as { flows?: unknown };
    if (!Array.isArray(data.flows)) return null;
    performance.mark("armsflow:inlined");
    return data as { flows: Flow[] };
  } catch {
    return null;
  }
}

const seg = encodeURIComponent;
const withQuery = (path: string, q: URLSearchParams) => (q.toString() ? `${path}?${q}` : path);

export const api = {
  // The whole list comes inside the overview's page when the server could put it there; else the bare
  // address, which the server preloads with the overview (plugins/web.ts).
  flows: (sparklines = false, state?: string) => {
    const inline = !sparklines && !state ? inlineFlows() : null;
    return inline ? Promise.resolve(inline) : call<{ flows: Flow[] }>(withQuery("/api/flows", new URLSearchParams({ ...(sparklines ? { sparklines: "true" } : {}), ...(state ? { state } : {}) })));
  },
  flow: (s: string, r: string, item: string) => call<FlowDetail>(`/api/flows/${seg(s)}/${seg(r)}/${seg(item)}`),
  /** `total`: how many match the filters, whatever the page (older servers leave it out). */
  statements: (query: string) => call<{ total?: number; statements: Statement[] }>(`/api/statements?${query}`),
  statement: (id: string) => call<{ statement: Statement; claims: Claim[] }>(`/api/statements/${seg(id)}`),
  document: (id: string) => call<DocumentDetail>(`/api/documents/${seg(id)}`),
  documents: (limit = 50) => call<{ total: number; documents: DocumentSummary[] }>(`/api/documents?limit=${limit}`),
  sources: () => call<{ sources: SourceRow[]; chains: Chain[] }>("/api/sources"),
  extract: (body: Record<string, string>) =>
    call<Extracted>("/api/extract", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  store: (body: Record<string, string>, token: string) =>
    call<Stored>("/api/documents", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) }),
};

let access: Promise<boolean> | null = null;

/**
 * Whether the ledger is served read-only (`/api/health`), asked once per page load and outside any
 * navigation (moving on must not abort it). An unanswered question counts as writable: the server still
 * refuses a write to a read-only ledger, with its reason.
 */
export function ledgerReadOnly(): Promise<boolean> {
  access ??= fetch("/api/health", { headers: { accept: "application/json" } })
    .then(async (response) => (response.ok ? ((await response.json()) as Health).read_only === true : false))
    .catch(() => false);
  return access;
}
