// The linking parameters and word lists, kept as data (linking.json) so a reviewer can read them without the code.
import { ITEMS } from "../core/claim.js";
import scope from "../knowledge/item-scope.json" with { type: "json" };
import data from "./linking.json" with { type: "json" };

export interface LinkingKnowledge {
  /** Two statings of one figure are one occasion when their days lie this close. */
  readonly occasionDays: number;
  /** A claim dated only by its report's publication day was made on that day or up to this many days before it. */
  readonly guessedDayReach: number;
  /**
   * A claim whose report tells no day, giving the very figure of the same named origin over the same window, may
   * retell it up to this many days later (a figure retold months on: "in its first report, the team said ...").
   */
  readonly retoldFigureReach: number;
  /** The same reach where both claims name one person as their speaker: a person's very figure quoted a year or two on. */
  readonly retoldPersonFigureReach: number;
  /** The guessed day's reach where both claims are one person's denial with no figure: a denial quoted again weeks, months or a year on. */
  readonly retoldDenialReach: number;
  /** The guessed day's reach of one person's very small figure, or one origin's saying with no figure over a window both name: quoted again weeks on. */
  readonly retoldSayingReach: number;
  /** The longest window of a transfer (a day, a month) that may stand for the day of the saying a report retells without its day. */
  readonly windowOccasionDays: number;
  /** Two figures naming numbers this close (a bound and a point, "nearly 66" and "65.9") are one figure rounded otherwise. */
  readonly roundingTolerance: number;
  /** Two point figures are the same figure up to rounding within this relative difference. */
  readonly figureTolerance: number;
  /** A point figure matches a one-sided bound ("over 6,000") only within this factor of it. */
  readonly oneSidedBoundReach: number;
  /** The least figure a document is taken to tell again as one statement (document-retelling.ts). */
  readonly retoldFigureMin: number;
  /** Groups of certainties one person's saying may be retold under in place of one another (a pledge told as sure, or as likely). */
  readonly retoldCertainties: readonly (readonly string[])[];
  /** The least significant digits of a figure the press may retell months on as a named origin's (press-retold.ts). */
  readonly pressRetoldDigits: number;
  readonly titles: ReadonlySet<string>;
  /** Words naming one person of a body by office ("spokesman", "minister"): a source so named is that person. */
  readonly personTitles: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly mediaWords: ReadonlySet<string>;
  /** Words that only stand in for a source the text does not name ("report", "media", "officials"): never a source to grade. */
  readonly genericSourceWords: ReadonlySet<string>;
  /** Words naming the members of a body ("the monitors"): a source so named stands for the body its report names elsewhere. */
  readonly memberWords: ReadonlySet<string>;
  /** Words that mark a body as an intelligence service (source kinds). */
  readonly intelligenceWords: ReadonlySet<string>;
  /** Words naming a body's paper after its name ("the MSMT report", "CSIS study"): the source is that body. */
  readonly paperWords: ReadonlySet<string>;
  readonly weights: Readonly<Record<"sameSource" | "sameGroup" | "orgOfSpeaker" | "ownVoice" | "sameCountry" | "exactFigure" | "closeFigure" | "evidence" | "dayPenalty" | "otherItem" | "itemWords", number>>;
}

export const knowledge: LinkingKnowledge = {
  occasionDays: data.occasionDays,
  guessedDayReach: data.guessedDayReach,
  retoldFigureReach: data.retoldFigureReach,
  retoldPersonFigureReach: data.retoldPersonFigureReach,
  retoldDenialReach: data.retoldDenialReach,
  retoldSayingReach: data.retoldSayingReach,
  windowOccasionDays: data.windowOccasionDays,
  roundingTolerance: data.roundingTolerance,
  figureTolerance: data.figureTolerance,
  oneSidedBoundReach: data.oneSidedBoundReach,
  retoldFigureMin: data.retoldFigureMin,
  pressRetoldDigits: data.pressRetoldDigits,
  retoldCertainties: data.retoldCertainties,
  titles: new Set(data.titles),
  personTitles: new Set(data.personTitles),
  stopwords: new Set(data.stopwords),
  mediaWords: new Set(data.mediaWords),
  genericSourceWords: new Set(data.genericSourceWords),
  memberWords: new Set(data.memberWords),
  intelligenceWords: new Set(data.intelligenceWords),
  paperWords: new Set(data.paperWords),
  weights: data.weights,
};

const broader = scope.broader as Record<string, readonly string[]>;
const related = new Map<string, Set<string>>();
for (const [narrow, wide] of Object.entries(broader)) {
  for (const w of wide) {
    related.set(narrow, (related.get(narrow) ?? new Set([narrow])).add(w));
    related.set(w, (related.get(w) ?? new Set([w])).add(narrow));
  }
}

// Cargo left unnamed ("6,700 containers", "goods") may be the cargo another retelling names: in scope of every item
// (matchScore still asks for the same figure where items differ; a group never holds two items out of scope of each other).
for (const item of ITEMS) {
  if (item === data.unknownCargo) continue;
  related.set(item, (related.get(item) ?? new Set([item])).add(data.unknownCargo));
  related.set(data.unknownCargo, (related.get(data.unknownCargo) ?? new Set([data.unknownCargo])).add(item));
}

/**
 * The items a statement about `item` may be retold as: itself, the broader items it falls under and the
 * narrower ones under it (item-scope.json): "shells" in one report, "munitions" in another.
 * `itemsInScope("artillery-ammunition")` → ["artillery-ammunition", "ammunition", "weapons-unspecified"]
 */
export function itemsInScope(item: string): string[] {
  return [...(related.get(item) ?? [item])];
}

/** Whether two items can name the same thing (equal, or one under the other). */
export function sameScope(a: string, b: string): boolean {
  return a === b || (related.get(a)?.has(b) ?? false);
}

/**
 * The narrowest of some items of one family: the one with the most items above it (item-scope.json), ties by name.
 * `narrowestItem(["weapons-unspecified", "artillery-ammunition", "ammunition"])` → "artillery-ammunition"
 */
export function narrowestItem<T extends string>(items: readonly T[]): T {
  const depth = (i: string) => broader[i]?.length ?? 0;
  return [...items].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/**
 * Whether a retelling of one person's saying may give it certainty `b` where another gives `a`: the same, or two of
 * one group (linking.json, retoldCertainties). `retoldCertainty("asserted", "possible")` → true; ("asserted", "denied") → false.
 */
export function retoldCertainty(a: string, b: string): boolean {
  return a === b || knowledge.retoldCertainties.some((g) => g.includes(a) && g.includes(b));
}
