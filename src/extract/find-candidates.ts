import type { Stage } from "../core/document.js";
import { phraseRegex, transfer } from "../knowledge/lexicon.js";
import transferData from "../knowledge/transfer-cues.json" with { type: "json" };

// Verbs of giving and getting in one expression (nouns such as "support" are too common to count alone).
// (Split by first character, lexicon.ts byFirstCharacter: the same matches, a third faster once compiled.)
const movingVerbs = phraseRegex([...transferData.give, ...transferData.get], "gi", true);
import { hasItem } from "./claims/find-items.js";
import { joinsFlow } from "./claims/carry-flow.js";
import { paysASum } from "./claims/paid-sum.js";
import { opensLot } from "./claims/follow-on.js";
import { opensDealWorth } from "./claims/deal-worth.js";
import { opensNumberPut } from "./claims/number-put.js";
import { signsDeal } from "./claims/signed-price.js";
import { opensPackageList } from "./claims/shapes/package-contents.js";
import { namesPricedPackage } from "./claims/priced-package.js";
import { findTriggers, informationObjectAfter, type Trigger } from "./claims/direction.js";
import grammar from "../knowledge/chunks.json" with { type: "json" };
import candidateData from "../knowledge/candidates.json" with { type: "json" };
import shapes from "../knowledge/shapes.json" with { type: "json" };
import denials from "./claims/denials.json" with { type: "json" };
import speechData from "../knowledge/speech.json" with { type: "json" };
import { pointsBack } from "./claims/denials.js";
import type { ArmsDocument } from "../core/document.js";
import type { Span } from "../core/span.js";
import { remembered } from "../core/memo.js";

const alternation = (patterns: readonly string[]) => new RegExp(`\\b(?:${patterns.join("|")})\\b`, "iu");
// "revenues from exports", "an export rate of 90 per cent": a firm's or a market's figures (candidates.json).
const marketWords = alternation(candidateData.marketWords);
// "the number of countries that ordered the jet": a tally of buyers.
const buyerCounts = alternation(candidateData.buyerCounts);
// "buyers of the tanks are barred from re-exporting them": a noun naming a party of the trade, not the trade.
const traderNouns = new RegExp(`^(?:${candidateData.traderNouns.join("|")})$`, "i");
// "did not say how many tanks would be sent": what a source leaves open, right before the transfer word it governs.
const withheld = new RegExp(`\\b(?:${candidateData.withheld.join("|")})\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${candidateData.withheldWhat}\\b[^.;:]*$`, "iu");
// "rejected the accusations", "dismissed the findings": what a denial points back to (claims/denials.json).
const toldNouns = new RegExp(`\\b(?:${denials.toldNouns.join("|")})\\b`, "i");
const toldVerdicts = new RegExp(`\\b(?:${denials.toldVerdicts.join("|")})`, "i");
// "called the reports absurd", "described the claims as propaganda": a verdict only as the complement of a calling of a told noun.
const toldCalling = new RegExp(`\\b(?:${denials.toldCallings.verbs.join("|")})\\s+(?:(?:the|these|those|such|all|any)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${denials.toldNouns.join("|")})\\b[^.;]{0,80}?\\b(?:${denials.toldCallings.verdicts.join("|")})\\b`, "iu");
// "the localisation rate of military industries": an industry's output or share (shapes.json, production).
const industryNouns = alternation(shapes.production.nouns);

// "is capped at exporting", "barred from selling": a rule on the trade, right before its verb.
const limitBefore = new RegExp(`\\b(?:${grammar.limitWords.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\s+$`, "i");

/**
 * Marks the sentences worth the heavy stages: those that name a thing of the trade, or a transfer,
 * production or status word. Most sentences of a general news crawl are not, and skip amounts,
 * times and claim assembly (STACK.md: the full pass is ~30x slower than a bare split).
 */
export function findCandidates(): Stage {
  return (doc) => {
    // (The page's sentences, read once for both checks of what the page is about.)
    const texts = doc.sentences.map((s) => doc.slice(s.span));
    const joined = texts.join("\n");
    const sport = footballPage(texts, joined) || pastimePage(joined);
    for (const sentence of doc.sentences) {
      const text = doc.slice(sentence.span);
      sentence.candidate = !sport && remembered(worthSeen, text, worthReading, WORTH_SEEN) && !marketFigures(doc, sentence.span, text) && !putQuestion(doc, sentence.span, text);
    }
  };
}

/**
 * Whether a sentence names a thing, a transfer, a payment or production, and not only under a rule or as what a
 * source tells: all read from its words alone. (A crawl repeats sentences, menus, footers, bylines and syndicated
 * reports: each text is read once; the test of the page's states, `marketFigures`, is made for every sentence.)
 */
function worthReading(text: string): boolean {
  return (hasItem(text) || paysASum(text) || denialOfClaims(text) || test(movingVerbs, text) || test(transfer.production, text) || industryNouns.test(text) || /\bcontainers?\b/i.test(text) || joinsFlow(text) || opensLot(text) || opensDealWorth(text) || opensNumberPut(text) || signsDeal(text) || opensPackageList(text) || namesPricedPackage(text)) && !onlyRulesOrWords(text);
}

const WORTH_SEEN = 4096;
const worthSeen = new Map<string, boolean>();

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/** "Tehran rejected the accusation", "Minsk denied the next day", "Moscow called the reports contradictory": a denial or doubt of claims told before, with nothing named again. */
function denialOfClaims(text: string): boolean {
  return (toldVerdicts.test(text) && toldNouns.test(text)) || toldCalling.test(text) || pointsBack(text);
}

/**
 * "Minsk is capped at exporting 20,000 tonnes a month", "firms are barred from selling drones to
 * Moscow": every transfer word of the sentence is under a rule's limit, so the sentence tells a rule, not a trade.
 */
function onlyLimits(text: string, triggers: readonly Trigger[]): boolean {
  // "Buyers of the German tanks are barred from re-exporting them": the buyers are the rule's subject, not a trade of their own.
  const trades = triggers.some((t) => t.role === "give" || t.role === "get") ? triggers.filter((t) => !traderNouns.test(t.text)) : triggers;
  return trades.length > 0 && trades.every((t) => limitBefore.test(text.slice(Math.max(0, t.start - 30), t.start)));
}

/** Whether the sentence's transfer words tell only a rule (onlyLimits) or only what a source tells (onlyInformation): one look at its triggers. */
function onlyRulesOrWords(text: string): boolean {
  const triggers = findTriggers(text, 0);
  return onlyLimits(text, triggers) || onlyInformation(text, triggers) || onlyWithheld(text, triggers);
}

// "striker", "transfer window", "second-tier": football's own words (candidates.json sportsWords), one group each.
const sportsWords = candidateData.sportsWords.map((w) => new RegExp(`\\b${w}\\b`, "iu"));
// Any of football's words at all, tested once over the page's sentences joined by line breaks: most pages have none,
// and twenty tests of every sentence cost a crawl more than finding its candidates. (Joining is safe while every word
// is letters, hyphens, spaces and "?": no such word matches a line break, so none spans two sentences, and "\b" reads
// a sentence's edge as it did alone; a list with any other sign leaves every page to the full count.)
const anySportsWord = candidateData.sportsWords.every((w) => /^[a-z?\- ]+$/i.test(w)) ? new RegExp(`\\b(?:${candidateData.sportsWords.join("|")})\\b`, "iu") : null;

/**
 * "Chilean winger signs for Qatari side ... the striker he replaces ... scored 11 goals in the league": a page whose
 * sentences use several of football's own words is about players and fees, and its moves "from Chile to Qatar", its
 * fees and its sides named like weapons ("the Bombers sealed the transfer") are no arms transfers. An arms page with
 * a line on football ("the transfer window is shut") uses too few of them to count.
 */
function footballPage(texts: readonly string[], joined: string): boolean {
  if (anySportsWord && !anySportsWord.test(joined)) return false;
  let seen = 0;
  for (const word of sportsWords) if (texts.some((t) => word.test(t)) && ++seen >= candidateData.sportsPageWords) return true;
  return false;
}

// "grandmaster", "patch notes", "remittances": the words of one pastime or household trade (candidates.json pastimeFamilies).
const pastimeFamilies = Object.values(candidateData.pastimeFamilies).map((words) => ({
  any: new RegExp(`\\b(?:${words.join("|")})\\b`, "iu"),
  each: words.map((w) => new RegExp(`\\b${w}\\b`, "iu")),
}));

/**
 * "A grandmaster moves from the Ukrainian federation to the Polish one; fee 20,000 euros", "players can now hand a
 * tank division to an ally", "sending 500 zloty home to Ukraine costs 8 zloty": a page whose sentences use several
 * words of one pastime or household trade (a board game's ratings, a video game's notes, money sent home) tells no
 * trade between states, whatever moves "from" one country "to" another in it. An arms page uses one such word at most.
 */
function pastimePage(text: string): boolean {
  return pastimeFamilies.some((family) => family.any.test(text) && family.each.filter((word) => word.test(text)).length >= candidateData.pastimePageWords);
}

// "Q (a radio): ...", "Q12: ...", "Reader poll: ...": a line that opens with the label of a question put to the
// page's sources or to its readers (speech.json questionLabels).
const questionLabel = new RegExp(`^[ \\t]*(?:${speechData.questionLabels.join("|")})[ \\t]*\\d{0,4}[ \\t]*(?:\\([^()\\n]{1,80}\\)[ \\t]*)?:`, "iu");

/**
 * "Q (a radio): Has Lima sent the jets?", "Q: Thanks. Can you say when the tanks go?", "Reader poll: Should Quito
 * buy tanks?": a question on a line an interviewer or a poll opens asks, and tells no transfer (the page's own
 * questions, "Did Lima send the jets?" as a headline, are read and weighed as possible; the answer after a
 * labelled question is read as ever).
 */
function putQuestion(doc: ArmsDocument, span: Span, text: string): boolean {
  if (!/\?[\s"”’')\]]*$/u.test(text)) return false;
  const line = doc.text.lastIndexOf("\n", span.start - 1) + 1;
  if (!questionLabel.test(doc.text.slice(line, span.end))) return false;
  // ("Q: How many guns are in Lima?" takes the guns in Lima as given and asks about them: it is read as ever.)
  return !askedAbout.test(text.replace(questionLabel, ""));
}
// "How many ...", "Minister, when will ...": a question that asks about a transfer it takes as given.
const askedAbout = new RegExp(`^[\\s"“‘']*(?:[^,?:\\n]{1,40},\\s+)?(?:${speechData.questionWords.join("|")})\\b`, "iu");

/**
 * "Aerotek has earned most of its revenues from exports", "the firm, whose export rate was 90 per cent,
 * reported $2 billion in turnover" (no state named), "the number of countries that ordered the jet rose to
 * 12": a firm's or a market's figures, which the parties of the sentence before must not turn into a transfer.
 */
function marketFigures(doc: ArmsDocument, span: Span, text: string): boolean {
  if (buyerCounts.test(text)) return true;
  return marketWords.test(text) && !doc.within(doc.mentions, span).some((m) => m.kind === "state");
}

/**
 * "The ministry did not say how many tanks would be sent", "officials declined to reveal when the jets will
 * arrive": every transfer word of the sentence stands in what a source leaves open, so it tells no new transfer
 * (the one it leaves open was told before).
 */
function onlyWithheld(text: string, all: readonly Trigger[]): boolean {
  const triggers = all.filter((t) => t.role === "give" || t.role === "get" || t.role === "pay" || t.role === "giveNoun");
  return triggers.length > 0 && triggers.every((t) => withheld.test(text.slice(0, t.start)));
}

/**
 * "Budanov did not provide details on the number of troops", "The ministry gave no information about the drones":
 * every transfer word of the sentence gives what a source tells, so the sentence tells no transfer.
 */
function onlyInformation(text: string, all: readonly Trigger[]): boolean {
  const triggers = all.filter((t) => t.role === "give" || t.role === "get" || t.role === "pay");
  return triggers.length > 0 && triggers.every((t) => informationObjectAfter.test(text.slice(t.end, t.end + 80)));
}
