// `armsflow estimate ...`: a thin shell over src/estimate (the same functions serve the API and the dashboard).
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import type { Item, Unit } from "../../core/claim.js";
import type { Store } from "../../store/store.js";
import {
  estimateBalance, estimateFlowCurves, estimateProduction, estimateRounds, gradeSources, parseMix, parseParamOption, parseParamsFile,
  type Overrides,
} from "../../estimate/index.js";
import { integer, item } from "../validate.js";
import { formatBalance, formatCurve, formatGrades, formatProduction, formatRounds } from "../../estimate/format-text.js";

interface ModelOptions { param?: string[]; params?: string; samples?: string; seed?: string; json?: boolean }
interface LedgerOptions extends ModelOptions { db?: string; databaseUrl?: string; readOnly?: boolean }

/** Registers `estimate containers|flow|balance|production`. */
export function register(program: Command): void {
  const estimate = program.command("estimate").description("Figures with uncertainty from the ledger: containers to rounds, flow curves, balances, production.");

  modelOptions(estimate.command("containers <count>"))
    .description("Rounds that a number of containers could hold: median, 5th and 95th percentiles, parameters with sources.")
    .option("--calibre <calibre>", "one calibre (a rounds_per_container.* parameter)", "152mm")
    .option("--mix <shares>", "calibre shares, e.g. 152mm=0.7,122mm=0.3")
    .option("--container-type <type>", "20ft or 40ft", "20ft")
    .action((count: string, o: ModelOptions & { calibre: string; mix?: string; containerType: string }) => {
      const containers = Number(count.replace(/[,_]/g, ""));
      if (!Number.isFinite(containers) || containers < 0) throw new Error(`containers must be a number >= 0, got "${count}"`);
      const e = estimateRounds({
        containers, calibre: o.calibre, containerType: o.containerType,
        ...(o.mix ? { mix: parseMix(o.mix) } : {}), ...sampling(o), overrides: overrides(o),
      });
      print(o, e, formatRounds);
    });

  ledgerOptions(estimate.command("flow <supplier> <recipient> <item>"))
    .description("A flow's cumulative curve over time with a band, rates per month, and its sources graded.")
    .addOption(new Option("--unit <unit>", "only this unit (default: one curve per unit)"))
    .option("--include-possible", "draw 'possible' figures too (default: listed, not drawn)")
    .action(async (supplier: string, recipient: string, item: string, o: LedgerOptions & { unit?: Unit; includePossible?: boolean }) => {
      const it = checkItem(item);
      await withStore(o, async (store) => {
        const statements = await store.getFlow(supplier.toUpperCase(), recipient.toUpperCase(), it);
        const curves = estimateFlowCurves(statements, { overrides: overrides(o), includePossible: o.includePossible === true }).filter((c) => !o.unit || c.unit === o.unit);
        const grades = gradeSources(statements, await store.listSources());
        if (o.json) return void console.log(JSON.stringify({ statements: statements.length, curves, sources: grades }, null, 2));
        if (statements.length === 0) return void console.log(`No statements on ${supplier} → ${recipient} ${item}.`);
        console.log([...curves.map(formatCurve), formatGrades(grades)].join("\n\n"));
      });
    });

  ledgerOptions(estimate.command("balance <a> <b>"))
    .description("Both directions of an exchange side by side (a→b and b→a), with stated and implied ratios.")
    .action(async (a: string, b: string, o: LedgerOptions) => {
      await withStore(o, async (store) => {
        const all = { limit: 1_000_000 };
        const forward = await store.listStatements({ ...all, supplier: a.toUpperCase(), recipient: b.toUpperCase() });
        const reverse = await store.listStatements({ ...all, supplier: b.toUpperCase(), recipient: a.toUpperCase() });
        print(o, estimateBalance(forward, reverse, { overrides: overrides(o) }), formatBalance);
      });
    });

  ledgerOptions(estimate.command("production <state>"))
    .description("Factory output under the stated utilisation where figures allow, else the production statements.")
    .action(async (state: string, o: LedgerOptions) => {
      await withStore(o, async (store) => {
        const statements = (await store.listStatements({ supplier: state.toUpperCase(), limit: 1_000_000 })).filter((s) => s.kind === "production");
        print(o, estimateProduction(statements, { ...sampling(o), overrides: overrides(o) }), formatProduction);
      });
    });
}

function modelOptions(c: Command): Command {
  return c
    .option("--param <id=value>", "override a parameter: ID=450 or ID=triangular:400,450,500 (repeatable)", (v: string, acc: string[] = []) => [...acc, v])
    .option("--params <file>", "a JSON file of parameter overrides")
    .option("--samples <n>", "Monte Carlo samples")
    .option("--seed <n>", "random seed (same seed, same result)")
    .option("--json", "print JSON");
}

function ledgerOptions(c: Command): Command {
  return modelOptions(c).option("--db <file>", "SQLite ledger file").option("--database-url <url>", "PostgreSQL ledger URL").option("--read-only", "open the ledger for reading only");
}

function overrides(o: ModelOptions): Overrides {
  const fromFile = o.params ? parseParamsFile(readFileSync(o.params, "utf8")) : {};
  return { ...fromFile, ...Object.fromEntries((o.param ?? []).map(parseParamOption)) };
}

function sampling(o: ModelOptions): { samples?: number; seed?: number } {
  const int = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!Number.isInteger(x)) throw new Error(`--${name} wants an integer, got "${v}"`);
    return x;
  };
  const samples = o.samples === undefined ? undefined : integer(o.samples, "--samples", 1, 10_000_000);
  const seed = int("seed", o.seed);
  return { ...(samples !== undefined ? { samples } : {}), ...(seed !== undefined ? { seed } : {}) };
}

function checkItem(value: string): Item {
  return item(value, "ITEM"); // the lexicon, with "did you mean"
}

function print<T>(o: { json?: boolean }, value: T, format: (v: T) => string): void {
  console.log(o.json ? JSON.stringify(value, null, 2) : format(value));
}

async function withStore(o: LedgerOptions, run: (store: Store) => Promise<void>): Promise<void> {
  // Loaded lazily: `estimate containers` needs no database driver.
  const { storeFrom } = await import("../format.js"); // the one resolution of --db / --database-url / DATABASE_URL / ARMSFLOW_DB
  const store = await storeFrom(o);
  try {
    await run(store);
  } finally {
    await store.close();
  }
}
