// Flows: the list for the overview, and one flow with its timeline, estimate curve, conflicts and reverse flow.
import type { FastifyInstance } from "fastify";
import type { Item } from "../../core/claim.js";
import { ArmsflowError } from "../../core/errors.js";
import type { Flow, Statement } from "../../core/ledger.js";
import { bandOutside, type FlowCurve } from "../../estimate/index.js";
import { figureSeries } from "../../link/summarize-flow.js";
import type { Store } from "../../store/store.js";
import { ledgerStamp, type ReadCache } from "../cache.js";
import type { Engine } from "../engine.js";
import { errors, item, params } from "../schemas.js";

export interface RouteOptions {
  readonly store: Store;
  readonly engine: Engine;
  readonly cache: ReadCache;
}

/** A flow's figures as [stated day, value, unit], for sparklines (one unit to an axis: the dashboard picks). */
function points(statements: readonly Statement[]): [string, number, string][] {
  const out: [string, number, string][] = [];
  // Only the figures the flow's own figure is read from: no rate joined to totals, no point for a flow without a figure.
  for (const s of figureSeries(statements)) {
    const v = s.quantity ? (s.quantity.value ?? s.quantity.max ?? s.quantity.min) : null;
    const when = s.stated ?? s.period?.end ?? null;
    if (v !== null && when) out.push([when, v, s.quantity!.unit]);
  }
  return out;
}

/** Each curve with what its band leaves outside and why (an engine's curves of another shape pass as they are). */
function withOutside(curves: unknown, statements: readonly Statement[]): unknown {
  if (!Array.isArray(curves)) return curves;
  return curves.map((c: unknown) => {
    const curve = c as FlowCurve;
    if (!curve || curve.kind !== "flow-curve" || !Array.isArray(curve.points)) return c;
    return { ...curve, outside: bandOutside(curve, statements) };
  });
}

/**
 * The balance as the flow's answer carries it: each line's item, unit, latest band and count, without the line's
 * whole curve (the forward curves are the answer's `estimate`, a reverse flow's are on its own route): on a big
 * ledger those curves were most of the answer. A balance of another shape passes as it is.
 */
function withoutCurves(balance: unknown): unknown {
  if (!balance || typeof balance !== "object") return balance;
  const b = balance as Record<string, unknown>;
  const lean = (d: unknown) => {
    const lines = (d as { lines?: unknown } | null)?.lines;
    if (!Array.isArray(lines)) return d;
    return { ...(d as object), lines: lines.map((l: unknown) => (l && typeof l === "object" ? { ...(l as object), curve: undefined } : l)) };
  };
  return { ...b, forward: lean(b.forward), reverse: lean(b.reverse) };
}

/** A flow as one flow's answer lists it: its conflicts counted, and listed as `conflicts` says. */
function listed(f: Flow, conflicts: Flow["conflicts"] | undefined): Flow & { conflict_count: number } {
  return { ...f, conflict_count: f.conflicts?.length ?? 0, conflicts };
}

const SPARKLINE_FLOWS = 200;
const party = { type: "string", pattern: "^[A-Za-z]{3}(-[A-Za-z0-9]{1,20})?$", description: "ISO 3166-1 alpha-3 code of a state, or of a body of one (RUS-WAGNER)" } as const; // beyond this the overview shows figures without timelines

export async function flowRoutes(app: FastifyInstance, { store, engine, cache }: RouteOptions): Promise<void> {
  // What the ledger is now: read afresh when the memo lets it go (every request with cacheMs 0), else kept as long as it.
  const stamp = () => cache.get("stamp", () => ledgerStamp(store));
  // The flow list, kept as long as the ledger is unchanged (its summaries are read and parsed once per change).
  const flowsAt = (at: string) => cache.stamped("flows", at, () => store.listFlows());
  const allFlows = () => cache.get("flows", async () => flowsAt(await stamp()));

  app.get<{ Querystring: { state?: string; item?: Item; sparklines?: boolean; conflicts?: boolean } }>("/api/flows", {
    schema: {
      summary: "Every flow (supplier, recipient, item) with its latest figure",
      tags: ["flows"],
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          state: params.iso3, item, sparklines: { type: "boolean", default: false, description: "add each flow's figures over time" },
          conflicts: { type: "boolean", default: false, description: "add each flow's lists of conflicting figures (else only `conflict_count`; one flow's answer lists them as its own `conflicts` says)" },
        },
      },
      response: {
        200: {
          type: "object",
          properties: {
            flows: {
              type: "array",
              items: { allOf: [{ $ref: "Flow#" }, { type: "object", properties: { conflict_count: { type: "integer", description: "how many conflicts the flow has (their lists with conflicts=true)" }, points: { type: "array", items: { type: "array", items: { type: ["string", "number"] } } } } }] },
            },
          },
        },
        ...errors(400, 503),
      },
    },
  }, async (request) => {
    const { state, item: wanted, sparklines, conflicts } = request.query;
    const upper = state?.toUpperCase();
    let flows: Flow[] = await allFlows();
    if (upper) flows = flows.filter((f) => f.supplier === upper || f.recipient === upper);
    if (wanted) flows = flows.filter((f) => f.item === wanted);
    // The conflict lists are most of a big ledger's summaries: counted here, listed only when asked.
    flows = flows.map((f) => listed(f, conflicts ? f.conflicts : undefined));
    if (!sparklines) return { flows };
    // Kept as long as the ledger is unchanged: a read per flow, once per change of the ledger.
    const byFlow = await cache.get("flows:points", async () => {
      const at = await stamp();
      return cache.stamped("flows:points", at, async () => {
        const top = (await flowsAt(at)).slice(0, SPARKLINE_FLOWS);
        const lists = await Promise.all(top.map((f) => store.getFlow(f.supplier, f.recipient, f.item, { reports: false })));
        return new Map(top.map((f, i) => [`${f.supplier}>${f.recipient}>${f.item}`, points(lists[i])]));
      });
    });
    return { flows: flows.map((f) => ({ ...f, points: byFlow.get(`${f.supplier}>${f.recipient}>${f.item}`) })) };
  });

  app.get<{ Params: { supplier: string; recipient: string; item: Item }; Querystring: { limit?: number; offset: number; conflicts?: boolean } }>("/api/flows/:supplier/:recipient/:item", {
    schema: {
      summary: "One flow (with its conflicting figures): its statements in time order (or a page of them), the estimate curve, the likelihood, and the balance with the reverse flow",
      tags: ["flows"],
      params: {
        type: "object", required: ["supplier", "recipient", "item"],
        // A state or a body of one ("RUS-WAGNER", as flows name it).
        properties: { supplier: party, recipient: party, item },
      },
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          limit: { type: "integer", minimum: 1, maximum: 10_000, description: "a page of the timeline: at most this many statements (default: all of them)" },
          offset: { type: "integer", minimum: 0, default: 0, description: "where the page starts in the flow's time order" },
          conflicts: { type: "boolean", description: "true: `flow.conflicts` lists all the flow's conflicting figures; false: none (`flow.conflict_count` counts them). Absent: all of them for the whole timeline, those that involve a statement of the page for a page" },
        },
      },
      response: {
        200: {
          type: "object",
          properties: {
            flow: { allOf: [{ $ref: "Flow#" }, { type: "object", properties: { conflict_count: { type: "integer", description: "how many conflicts the flow has, whatever `conflicts` lists" } } }] },
            statements: { type: "array", items: { $ref: "Statement#" } },
            total: { type: "integer", description: "how many statements the flow has; `statements` holds those from `offset`, at most `limit`" },
            offset: { type: "integer" },
            limit: { type: ["integer", "null"], description: "the page size asked for, null for the whole timeline" },
            estimate: {
              type: "array",
              description: "the flow's estimate curves (src/estimate), one per unit: dated points with low, median and high; `outside`: the stated figures the band leaves above or below it, with the reason (`note`, one sentence), or null",
              items: { type: "object", additionalProperties: true },
            },
            likelihood: { description: "how likely the flow happened: phrase, band, probability, reasons" },
            reverse: {
              type: "object",
              description: "the flows going the other way, any item, with their `conflict_count` but not their conflict lists (their statements and conflicts: /api/flows/{recipient}/{supplier}/{item})",
              properties: { flows: { type: "array", items: { $ref: "Flow#" } } },
            },
            balance: { description: "what moves each way (src/estimate): both directions by item and unit (each line's latest band and count; the curves are `estimate` here and the reverse flows' own routes), stated ratios" },
          },
        },
        ...errors(400, 404, 503),
      },
    },
  }, async (request) => {
    const supplier = request.params.supplier.toUpperCase();
    const recipient = request.params.recipient.toUpperCase();
    const { item: wanted } = request.params;
    const at = await stamp();
    const all = await flowsAt(at);
    const flow = all.find((f) => f.supplier === supplier && f.recipient === recipient && f.item === wanted);
    if (!flow) throw new ArmsflowError("FLOW_NOT_FOUND");
    const { limit, offset, conflicts } = request.query;
    const paged = limit !== undefined || offset > 0;
    // The page's rows and their reports: the one read of statements a kept estimate leaves.
    const statements = await store.getFlow(supplier, recipient, wanted, paged ? { limit, offset } : {});
    // The estimate, likelihood and balance weigh the whole flow (and what goes back): computed once for each state of
    // the ledger and kept for the pages that follow. They read figures and sources, never reports.
    const weighed = await cache.stamped(`flow:${supplier}>${recipient}>${wanted}`, at, async () => {
      const whole = paged ? await store.getFlow(supplier, recipient, wanted, { reports: false }) : statements;
      // The reverse flow is everything that goes back, whatever the item: oil and money for shells.
      const reverseFlows = all.filter((f) => f.supplier === recipient && f.recipient === supplier);
      const reverse = (await Promise.all(reverseFlows.map((f) => store.getFlow(f.supplier, f.recipient, f.item, { reports: false })))).flat();
      return {
        total: whole.length,
        estimate: withOutside(engine.flowCurves(whole), whole),
        likelihood: engine.likelihood(whole),
        reverse: { flows: reverseFlows.map((f) => listed(f, undefined)) },
        balance: withoutCurves(engine.balance(whole, reverse)),
      };
    });
    // Conflicts as asked; by default a page lists those its statements are part of, the whole timeline all of them.
    const onPage = new Set(statements.map((s) => s.id));
    const shown = conflicts === false ? undefined
      : conflicts === true || !paged ? flow.conflicts
      : flow.conflicts?.filter((c) => c.figures.some((f) => onPage.has(f.statement)));
    return {
      flow: listed(flow, shown),
      statements,
      total: weighed.total,
      offset,
      limit: limit ?? null,
      estimate: weighed.estimate,
      likelihood: weighed.likelihood,
      reverse: weighed.reverse,
      balance: weighed.balance,
    };
  });
}
