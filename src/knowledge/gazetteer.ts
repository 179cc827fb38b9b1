import statesData from "./states.json" with { type: "json" };
import peopleData from "./people.json" with { type: "json" };
import bodiesData from "./bodies.json" with { type: "json" };
import outletsData from "./outlets.json" with { type: "json" };
import groupsData from "./groups.json" with { type: "json" };
import { remembered } from "../core/memo.js";

/** A sovereign state, keyed by its ISO 3166-1 alpha-3 code. */
export interface State {
  readonly id: string;
  readonly iso3: string;
  readonly name: string;
  /** Other names ("DPRK", "U.S.", "Britain"). */
  readonly aliases: readonly string[];
  /** Low-priority aliases ("the North"): the assembler may use them, nothing should rely on them. */
  readonly weakAliases: readonly string[];
  readonly adjectives: readonly string[];
  /** Plural demonyms that name the state's people or forces ("Russians", "North Koreans"). */
  readonly demonyms: readonly string[];
  /** Capitals and seats of power used as metonyms ("Pyongyang", "Kyiv"). */
  readonly seats: readonly string[];
}

export interface Person {
  readonly id: string;
  readonly name: string;
  /** Other spellings and "Title Surname" forms ("Shin Wonsik", "Minister Shin"). */
  readonly variants: readonly string[];
  /** The family name, matched alone only once the person is named in full in the same document. */
  readonly surname: string | null;
  readonly role: string;
  /** The body the person speaks for (a bodies.json id). */
  readonly org: string;
  readonly state: string | null;
}

export type BodyKind = "government" | "ministry" | "intelligence" | "military" | "international" | "legislature" | "prosecutor";

export interface Body {
  readonly id: string;
  readonly name: string;
  readonly kind: BodyKind;
  readonly state: string | null;
  /** Key of a set of common nouns ("defence ministry", "foreign minister") that name the body next to its state. */
  readonly generic: string | null;
  readonly aliases: readonly string[];
  /** Role phrases that stand for the body ("Kremlin spokesman", "NIS director"). */
  readonly roles: readonly string[];
  /** Buildings used as metonyms ("Kremlin", "Pentagon", "White House"). */
  readonly seats: readonly string[];
  /** The body this one is part of and speaks for (a bodies.json id): a council housed in a presidency's office. */
  readonly within?: string;
}

/** Nouns that name a body only next to its state: "South Korea's defence ministry", "the Foreign Minister of Russia". */
export interface GenericNouns {
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  /** The kind of body these nouns name beside a state that has no body of their own kind ("Ukrainian intelligence"). */
  readonly narrower?: string;
}

export type OutletKind = "wire" | "newspaper" | "broadcaster" | "state-media" | "website" | "think-tank" | "osint" | "media";

export interface Outlet {
  readonly id: string;
  readonly name: string;
  /** "media" is a generic phrase ("US media", "media reports"), not one outlet. */
  readonly kind: OutletKind;
  /** Home state, for information (the state of a generic media phrase). */
  readonly country: string | null;
  readonly aliases: readonly string[];
}

/**
 * A party that is not a state: a non-state armed group coded `ISO3-NAME` ("YEM-HOUTHIS"). Its
 * mentions stand where a state's would (kind "state", entity and state the group's code), so it
 * can supply or receive; `home` is the state it is based in.
 */
export interface Group {
  readonly id: string;
  /** The state a possessive or adjective before the name only places ("Yemen's Houthis"). */
  readonly home: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Modifier forms ("Houthi rebels", "Houthi-run"). */
  readonly adjectives: readonly string[];
  readonly demonyms: readonly string[];
  /** Common nouns that refer back to the group once named ("the rebels", "the mercenaries"). */
  readonly descriptions: readonly string[];
  /** The state whose government the force answers to ("Africa Corps": RUS): its claims name that state. */
  readonly actsFor?: string;
  /** States known to arm the group and not its home state's government: where the page names the group, what they give its home state is the group's. */
  readonly armedBy?: readonly string[];
  /** A bodies.json entry of the same names: its surface forms name the group (the body stays for speakers). */
  readonly replacesBody?: string;
}

type RawAlias = string | { form: string; weak?: boolean };

export const STATES: readonly State[] = statesData.states.map((s) => {
  const aliases = s.aliases as RawAlias[];
  return {
    ...s,
    aliases: aliases.flatMap((a) => (typeof a === "string" ? [a] : a.weak ? [] : [a.form])),
    weakAliases: aliases.flatMap((a) => (typeof a !== "string" && a.weak ? [a.form] : [])),
  };
});
/** Phrases that contain a state's name but do not name it ("North America", "South China Sea"). */
export const IGNORED_PHRASES: readonly string[] = statesData.ignore;
export const GROUPS: readonly Group[] = groupsData.groups;
/** Nouns that, after "the" and a group's home adjective, refer back to the group ("the Yemeni group"). */
export const GROUP_HOME_NOUNS: readonly string[] = groupsData.homeNouns.nouns;
export const PEOPLE: readonly Person[] = peopleData.people;
export const BODIES: readonly Body[] = bodiesData.bodies as Body[];
export const GENERIC_NOUNS: Readonly<Record<string, GenericNouns>> = bodiesData.generic;
export const OUTLETS: readonly Outlet[] = outletsData.outlets as Outlet[];

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const stateIndex = byId(STATES);
const groupIndex = byId(GROUPS);
const personIndex = byId(PEOPLE);
const bodyIndex = byId(BODIES);
const outletIndex = byId(OUTLETS);
const outletNames = new Map<string, Outlet>();
for (const o of OUTLETS) for (const n of [o.name, ...o.aliases]) if (!outletNames.has(n.toLowerCase())) outletNames.set(n.toLowerCase(), o);

/** `stateByIso3("PRK")?.name` → "North Korea"; case-insensitive. */
export function stateByIso3(iso3: string): State | undefined {
  return stateIndex.get(iso3.toUpperCase());
}

/** `stateName("KOR")` → "South Korea"; null for an unknown code. */
export function stateName(iso3: string): string | null {
  return stateByIso3(iso3)?.name ?? null;
}

/** `findGroup("YEM-HOUTHIS")?.home` → "YEM". */
export function findGroup(id: string): Group | undefined {
  return groupIndex.get(id);
}

const women = new Set<string>(peopleData.women);
// The first listed person of each name, looked up by name rather than by a scan of the list.
const personByName = new Map<string, Person>();
for (const p of PEOPLE) if (!personByName.has(p.name)) personByName.set(p.name, p);
/** The first listed person of that name, found by the name index. */
export function personNamed(name: string): Person | undefined {
  return personByName.get(name);
}

/** The pronoun a listed person goes by ("she" for those people.json lists as women, else "he"); null for a name not listed. */
export function personPronoun(name: string): "she" | "he" | null {
  const person = personNamed(name);
  return person ? (women.has(person.id) ? "she" : "he") : null;
}

export function findPerson(id: string): Person | undefined {
  return personIndex.get(id);
}

export function findBody(id: string): Body | undefined {
  return bodyIndex.get(id);
}

export function findOutlet(id: string): Outlet | undefined {
  return outletIndex.get(id);
}

/** By name or alias, case-insensitive, with or without a leading "The": `outletByName("yonhap news agency")?.id` → "yonhap". */
export function outletByName(name: string): Outlet | undefined {
  const key = name.trim().toLowerCase();
  return outletNames.get(key) ?? outletNames.get(key.replace(/^the\s+/, "")) ?? outletNames.get(`the ${key}`);
}

/** Lower case, without dots and a leading "The", single-spaced: "The U.S. Department of Defense" → "us department of defense". */
const nameKey = (s: string) => s.toLowerCase().replace(/\./g, "").replace(/^the\s+/, "").replace(/\s+/g, " ").trim();
let bodyNameIndex: Map<string, string> | null = null;

/**
 * The state of a government body named by the whole of `name`: a body's own name, alias or seat ("Kremlin",
 * "US Department of Defense"), or a state's name or adjective with a common noun of a body ("Ministry of
 * Defence of Latvia", "Norwegian Ministry of Defence"). Null for anything else, and where two states are named.
 *
 *     bodyStateByName("Ministry of Defence of Latvia") → "LVA";  bodyStateByName("Kestrel Review") → null
 */
export function bodyStateByName(name: string): string | null {
  // (Remembered by the name: a page's speakers are asked for again and again, and an unknown name reads every state's name.)
  return remembered(bodyStatesSeen, name, bodyStateOf, 4096);
}
const bodyStatesSeen = new Map<string, string | null>();

function bodyStateOf(name: string): string | null {
  if (!bodyNameIndex) {
    bodyNameIndex = new Map();
    for (const b of BODIES) if (b.state) for (const n of [b.name, ...b.aliases, ...b.seats]) if (!bodyNameIndex.has(nameKey(n))) bodyNameIndex.set(nameKey(n), b.state);
  }
  const key = nameKey(name);
  const known = bodyNameIndex.get(key);
  if (known) return known;
  const padded = ` ${key.replace(/[^\p{L}\p{N}\s-]/gu, " ").replace(/\s+/g, " ")} `;
  const generic = Object.values(GENERIC_NOUNS).some((g) => g.aliases.some((a) => a.includes(" ") && padded.includes(` ${nameKey(a)} `)));
  if (!generic) return null;
  const states = STATES.filter((s) => [s.name, ...s.aliases, ...s.adjectives].some((n) => padded.includes(` ${nameKey(n)} `)));
  return states.length === 1 ? states[0].iso3 : null;
}
