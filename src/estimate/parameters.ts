/**
 * The model parameters of src/knowledge/parameters.json, read through one typed loader, and the
 * user's overrides of them (`--param ID=VALUE`, `--params FILE`).
 */
import data from "../knowledge/parameters.json" with { type: "json" };
import { centralValue, checkDistribution, describeDistribution, type Distribution } from "./random.js";

/** A fact a parameter rests on: who said what, when, where. */
export interface FactRef {
  readonly date: string;
  readonly by: string;
  readonly figure: string;
  readonly url: string;
}

export interface ParameterSource {
  readonly facts: readonly FactRef[];
  readonly derivation: string;
}

export interface Parameter {
  readonly id: string;
  readonly value: number;
  readonly unit: string;
  readonly distribution: Distribution;
  readonly source: ParameterSource;
  /** True where the user replaced the file's value. */
  readonly overridden?: boolean;
}

/** All parameters by id. */
export type Parameters = ReadonlyMap<string, Parameter>;

/** An override as a user gives it: a number (fixed), a distribution, or a partial parameter. */
export type OverrideValue = number | Distribution | { readonly value?: number; readonly distribution?: Distribution };
export type Overrides = Readonly<Record<string, OverrideValue>>;

type RawParameter = Omit<Parameter, "id" | "overridden">;

let defaults: Parameters | null = null;

/** The parameters of the data file, read once. */
export function defaultParameters(): Parameters {
  if (defaults) return defaults;
  const raw = (data as unknown as { parameters: Record<string, RawParameter> }).parameters;
  const map = new Map<string, Parameter>();
  for (const [id, p] of Object.entries(raw)) {
    const problem = checkDistribution(p.distribution);
    if (problem) throw new Error(`parameters.json: ${id}: ${problem}`);
    map.set(id, { id, ...p });
  }
  defaults = map;
  return map;
}

/**
 * The parameters with the user's overrides applied; a broken distribution or an id of no known family
 * throws (a typo must not pass silently). A new member of a known family is accepted, so that a user
 * can add a calibre: `withOverrides({"rounds_per_container.155mm": 450})`.
 */
export function withOverrides(overrides: Overrides = {}, base: Parameters = defaultParameters()): Parameters {
  if (Object.keys(overrides).length === 0) return base;
  const map = new Map(base);
  for (const [id, o] of Object.entries(overrides)) {
    const known = base.get(id);
    const family = id.slice(0, id.lastIndexOf(".") + 1);
    if (!known && !(family && [...base.keys()].some((k) => k.startsWith(family)))) {
      throw new Error(`unknown parameter ${id} (known: ${[...base.keys()].join(", ")})`);
    }
    const distribution = toDistribution(o);
    if (!distribution) throw new Error(`parameter ${id}: give a number or a distribution`);
    const problem = checkDistribution(distribution);
    if (problem) throw new Error(`parameter ${id}: ${problem}`);
    const value = typeof o === "object" && "value" in o && typeof o.value === "number" ? o.value : centralValue(distribution);
    map.set(id, {
      id,
      value,
      unit: known?.unit ?? "user-given",
      distribution,
      source: { facts: [], derivation: `overridden by the user (was ${known ? describeDistribution(known.distribution) : "absent"})` },
      overridden: true,
    });
  }
  return map;
}

function toDistribution(o: OverrideValue): Distribution | null {
  if (typeof o === "number") return { type: "fixed", value: o };
  if (o && typeof o === "object") {
    if ("type" in o) return o;
    if (o.distribution) return o.distribution;
    if (typeof o.value === "number") return { type: "fixed", value: o.value };
  }
  return null;
}

/**
 * Parses one command-line override. Forms: `ID=450`, `ID=triangular:400,450,500`, `ID=uniform:400,500`,
 * `ID=normal:450,30`, `ID=lognormal:450,1.2`, `ID=fixed:450`.
 * `parseParamOption("ammunition_share=0.8")` → ["ammunition_share", 0.8]
 */
export function parseParamOption(text: string): [string, OverrideValue] {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new Error(`--param wants ID=VALUE, got "${text}"`);
  const id = text.slice(0, eq).trim();
  const value = text.slice(eq + 1).trim();
  const colon = value.indexOf(":");
  if (colon < 0) {
    const n = Number(value);
    if (!Number.isFinite(n)) throw new Error(`--param ${id}: "${value}" is not a number`);
    return [id, n];
  }
  const type = value.slice(0, colon);
  const xs = value.slice(colon + 1).split(",").map((x) => Number(x.trim()));
  if (xs.some((x) => !Number.isFinite(x))) throw new Error(`--param ${id}: "${value}" has a value that is not a number`);
  const want = (k: number): void => {
    if (xs.length !== k) throw new Error(`--param ${id}: ${type} takes ${k} numbers`);
  };
  switch (type) {
    case "fixed": want(1); return [id, { type, value: xs[0] }];
    case "uniform": want(2); return [id, { type, min: xs[0], max: xs[1] }];
    case "triangular": want(3); return [id, { type, min: xs[0], mode: xs[1], max: xs[2] }];
    case "normal": want(2); return [id, { type, mean: xs[0], sd: xs[1] }];
    case "lognormal": want(2); return [id, { type, median: xs[0], gsd: xs[1] }];
    default: throw new Error(`--param ${id}: unknown distribution "${type}"`);
  }
}

/** Reads the overrides of a JSON file's text: `{"ID": 450, "ID2": {"type": "triangular", ...}}`, or `{"parameters": {...}}`. */
export function parseParamsFile(text: string): Overrides {
  const json = JSON.parse(text) as unknown;
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new Error("--params file must hold a JSON object");
  const inner = (json as { parameters?: unknown }).parameters;
  const obj = (inner && typeof inner === "object" ? inner : json) as Record<string, OverrideValue>;
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !k.startsWith("$")));
}

/** A parameter, or an error naming the ids that exist under the same prefix. */
export function requireParameter(params: Parameters, id: string): Parameter {
  const p = params.get(id);
  if (p) return p;
  const prefix = id.slice(0, id.lastIndexOf(".") + 1);
  const known = [...params.keys()].filter((k) => prefix && k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  throw new Error(`no parameter ${id}${known.length ? ` (known: ${known.join(", ")})` : ""}`);
}
