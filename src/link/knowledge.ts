// The linking parameters and word lists, kept as data (linking.json) so a reviewer can read them without the code.
import data from "./linking.json" with { type: "json" };

export interface LinkingKnowledge {
  /** Two statings of one figure are one occasion when their days lie this close. */
  readonly occasionDays: number;
  /** Two point figures are the same figure up to rounding within this relative difference. */
  readonly figureTolerance: number;
  /** A point figure matches a one-sided bound ("over 6,000") only within this factor of it. */
  readonly oneSidedBoundReach: number;
  readonly titles: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly mediaWords: ReadonlySet<string>;
  /** Words that mark a body as an intelligence service (source kinds). */
  readonly intelligenceWords: ReadonlySet<string>;
  readonly weights: Readonly<Record<"sameSource" | "sameGroup" | "orgOfSpeaker" | "ownVoice" | "sameCountry" | "exactFigure" | "closeFigure" | "evidence" | "dayPenalty", number>>;
}

export const knowledge: LinkingKnowledge = {
  occasionDays: data.occasionDays,
  figureTolerance: data.figureTolerance,
  oneSidedBoundReach: data.oneSidedBoundReach,
  titles: new Set(data.titles),
  stopwords: new Set(data.stopwords),
  mediaWords: new Set(data.mediaWords),
  intelligenceWords: new Set(data.intelligenceWords),
  weights: data.weights,
};
