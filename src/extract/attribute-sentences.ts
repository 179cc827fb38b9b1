import { compiledNow } from "../core/compiled-regex.js";
import type { Source } from "../core/claim.js";
import type { ArmsDocument, Attribution, Stage, TimeExpression } from "../core/document.js";
import { anyHolds, indexAt, type Span } from "../core/span.js";
import { checkBudget } from "../core/pipeline.js";
import { bodyStateByName, outletByName } from "../knowledge/gazetteer.js";
import { findClassified, matchAll, speech, transferAll } from "../knowledge/lexicon.js";
import speechData from "../knowledge/speech.json" with { type: "json" };
import transferData from "../knowledge/transfer-cues.json" with { type: "json" };
import { foundingAsides, nestedReport, relativeAside } from "./attribution/asides.js";
import { carriedDenial } from "./attribution/carry.js";
import { citedBodyOfOutlet, citersAfter } from "./attribution/cited-by.js";
import { claimHolders } from "./attribution/claim-holders.js";
import { colonSpeakers } from "./attribution/colon-speaker.js";
import { committingSubject, paperSigner } from "./attribution/committing-subject.js";
import { pledgeClause } from "./attribution/pledge-clause.js";
import { dataShows, speaksThroughNumbers } from "./attribution/data-shows.js";
import { headlineTail } from "./attribution/headline-tail.js";
import { answerGiver, capitalPledge, figuresGiver, madeKnownBy, pledgeMaker, spokeThrough } from "./attribution/made-known-by.js";
import { namesRecord, recordKeepers, recordSpeaks } from "./attribution/record-keepers.js";
import { framingMedia } from "./attribution/media-frame.js";
import { isNameStop, NameMemory, officeTitleBefore, personTitles, pressNamed, titles as titleWords, wordPatterns } from "./attribution/names.js";
import { speaksAsPage } from "./attribution/page-first-person.js";
import { nameClosesClause, properNounSpeaker, taggedWords } from "./attribution/proper-nouns.js";
import { quoteStanding, quotes } from "./attribution/quote-carry.js";
import { between, documentFocus, groupAfter, groupBefore, type Recall, seenBy, type Speaker, speakersIn, stateMediaCountry, stateMediaName, tokens } from "./attribution/speakers.js";
import { followOn } from "./attribution/follow-on.js";
import { labelledLine, nameTheTurnsSpeakers, Turns } from "./attribution/turns.js";
import { stateOfCitedUnnamed, stateOfUnnamed } from "./attribution/unnamed-state.js";
import { witnessedSource } from "./attribution/witness-relay.js";

// "Virtanen would not say ...": a sentence opened by a lone name that says something names a speaker.
const surnameSpeaks = compiledNow(new RegExp(`^\\s*\\p{Lu}\\p{Ll}+\\s+(?:\\p{Ll}+\\s+){0,3}?(?:${speechData.verbs.join("|")})\\b`, "u"));
const irregularPast = new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+)?(?:${speechData.irregularPast.join("|")})\\b`, "u");
const packageNoun = new RegExp(`\\b(?:${speechData.packageNouns.join("|")})\\b`, "i");
/** "It also covers ...", "... are in it": a sentence that goes on listing the package just announced through a pronoun (speech.json packageContentVerbs). */
const phrases = (name: string, list: readonly string[]): string => {
  const bad = list.find((w) => !/^[a-z]+(?: [a-z]+)*$/.test(w));
  if (!list.length || bad !== undefined) throw new Error(`speech.json ${name}: ${list.length ? `"${bad}" is not lower-case words` : "is empty"}`);
  return [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
};
const packageGoesOn = new RegExp(`^\\s*(?:it|this)\\s+(?:also\\s+)?(?:${wordPatterns("packageContentVerbs", speechData.packageContentVerbs).join("|")}|${phrases("packageHandingVerbs", speechData.packageHandingVerbs)})\\b|\\b(?:is|are|was|were)\\s+(?:also\\s+)?in\\s+it\\b`, "i");
/** "..., Ana Ruiz announced on Monday", "the minister unveiled 40 million euros in aid": a named speaker making new deliveries known (speech.json packageAnnouncingVerbs). */
const announcesDeliveries = new RegExp(`\\b(?:${phrases("packageAnnouncingVerbs", speechData.packageAnnouncingVerbs)})\\b`, "i");
/** "as saying", "as promising": what follows "quoted X" when X is the one quoted (speech.json quotedAsVerbs); with "by" after it, the quoter follows. */
/** "has not said", "has never confirmed": a verb of saying denied names no speaker of the claim (speech.json unsaidLead). */
const unsaidLead = new RegExp(speechData.unsaidLead, "i");
const unsaidVerb = new RegExp(`^(?:${speechData.unsaidVerbs.join("|")})$`, "i");
const quotedAsWords = new RegExp(`^\\s*as\\s+(?:${speechData.quotedAsVerbs.join("|")})\\b`, "i");
const quotedAsBy = new RegExp(`^as\\s+(?:telling\\s+\\S+|${speechData.quotedAsVerbs.join("|")})\\s+by\\s+`, "i");
// "This is reported by the ministry", "This was stated in the report of X": the lead's source, named after it.
const namedAfterPhrase = new RegExp(`^\\s*(?:${speechData.namedAfter.join("|")})\\b`, "i");
/** "This is reported by X": the phrase that names the lead's source; not "It was reported by X that ...", which carries its own claim. */
function leadNamedAfter(text: string): RegExpExecArray | null {
  const m = namedAfterPhrase.exec(text);
  return m && !/^[^,;:]*?\bthat\b/i.test(text.slice(m[0].length)) ? m : null;
}

/**
 * Says who makes each candidate sentence's claims: "X said", "according to X", "X told reporters",
 * inverted "..., said X", chains ("citing X", "as cited by Y", "X quoted Y as saying"), pointers back
 * to the speaker they name ("he added", "the minister said", "the ministry said"), names by their
 * shape and, where nothing else speaks, the proper noun before or after a verb of saying; a
 * "Source: X, citing Y" line that sets the voice of the report, a "This is reported by X" line that
 * names the source of the lead before it, and else the document's own voice.
 */
export function attributeSentences(): Stage {
  return (doc) => {
    const names = new NameMemory(doc, publishingBody(doc));
    const lastBySegment = new Map<number, Speaker[]>();
    const namedBySegment = new Map<number, Speaker[]>();
    const issuersBySegment = new Map<number, Speaker[]>();
    // The bodies the whole document named as making a report known: "the report says" in a later paragraph is still theirs.
    const documentIssuers: Speaker[] = [];
    // States and bodies the document has named as keeping a record of what they gave, latest last.
    const keepers: Speaker[] = [];
    const announcerBySegment = new Map<number, Found>();
    const unnamedPackageBySegment = new Map<number, Found>();
    const voiceBySegment = new Map<number, { sources: Source[]; relays: string[]; media?: boolean; lead?: boolean }>();
    // The attribution of the quotation that goes on: "X said: “... .", then "... .”" inside it, or "“...,” X said." then "“... .”".
    const quoteBySegment = new Map<number, Omit<Found, "chosen">>();
    // The attribution of a sentence that credits its figures to a body's numbers ("as per customs data"), for the rest of its paragraph.
    const numbersBySegment = new Map<number, Attribution>();
    const ownCountry = stateMediaCountry(doc.meta.outlet) ?? publishingBody(doc);
    // (A state agency's page, under whatever name it is published, speaks as the agency: SCHEMA.md, state media.)
    const own: Source = { speaker: null, org: stateMediaName(doc.meta.outlet) ?? doc.meta.outlet, country: ownCountry };
    // ("Answered by Ana Ruiz, ...": the sentences after the line are hers, in the page's own voice.)
    const author = authorOfPage(doc, ownCountry);
    // ("Ana Ruiz: Thanks. We sent rifles.": the words of a transcript's or an interview's turn are the person's who speaks at its label.)
    const turns = new Turns(doc, names);
    doc.sentences.forEach((sentence, index) => {
      checkBudget(); // (the document's time budget, core/pipeline.ts)
      const text = doc.slice(sentence.span);
      const named = namedBySegment.get(sentence.segment) ?? [];
      namedBySegment.set(sentence.segment, named);
      const issuers = issuersBySegment.get(sentence.segment) ?? [];
      issuersBySegment.set(sentence.segment, issuers);
      const recall: Recall = { last: lastBySegment.get(sentence.segment) ?? [], named, names, issuers, documentIssuers, keepers };
      // A sentence outside any quotation ends the speaker's quotation: a later quote needs its own speaker.
      const standing = quoteStanding(doc, sentence);
      if (!standing) quoteBySegment.delete(sentence.segment);
      // A "Background:" or "Recall" heading after a "Source: Reuters" line or another outlet's lead: what follows is the outlet's own voice again.
      if (/^\s*(?:background|recall|for reference|reminder)\s*:?\s*$/i.test(text)) {
        voiceBySegment.delete(sentence.segment);
        return;
      }
      const sourceLine = /^source:\s*/i.exec(text);
      if (sourceLine) {
        const found = attribute(doc, index, recall);
        if (found) {
          // ("Source: Reuters": another outlet's report, passed on, so `reported`; "Source: BBC, citing the ministry": the ministry's.)
          voiceBySegment.set(sentence.segment, { sources: [...found.sources], relays: [...found.relays], media: found.voice === "media" });
          // "Russia sent X. Source: BBC, citing Y": the lead told before the line, in the outlet's voice, is Y's too.
          doc.attributions.forEach((a, n) => {
            if (a.voice === "outlet" && doc.sentences[a.sentence].segment === sentence.segment && a.sentence < index) doc.attributions[n] = { ...a, sources: found.sources, relays: found.relays, voice: "named" };
          });
        }
        return;
      }
      // Sentences with no claim matter only where they name a speaker that a later "he said" points back to.
      const namedAfter = leadNamedAfter(text);
      // (Or where it opens a quotation whose speaker the next sentences go on quoting: "He said: “We are proud.")
      if (sentence.candidate === false && !doc.within(doc.mentions, sentence.span).some((m) => m.kind !== "state") && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text) && !namedAfter && !surnameSpeaks.test(text) && !quotes(text) && !labelledLine(text) && !namesRecord(text)) {
        turns.see(sentence, null, null);
        return;
      }
      // (The sentence's speakers are read once: for the attribution and, where none is found, for the names later pointers recall.)
      // (Not the states or the old panel of an aside telling how a body came to be: "the Team, formed by eleven states after the panel lapsed, said".)
      const founding = foundingAsides(doc.text, sentence.span);
      const sentenceSpeakers = speakersIn(doc, sentence.span, recall).filter((s) => !founding.some((f) => f.start <= s.span.start && s.span.end <= f.end));
      const found = attribute(doc, index, recall, sentenceSpeakers, namedAfter);
      keepers.push(...recordKeepers(doc, sentenceSpeakers, sentence.span));
      // (A record's speaker label opening the sentence gives it to the labelled speaker: "Mr Speaker" addressed in its first line speaks not.)
      if (turns.see(sentence, found ?? null, found?.span?.start ?? null) && !found?.sources.some((s) => s.country)) {
        const turn = turns.carried(sentence, index);
        if (turn) {
          if (sentence.candidate !== false) doc.attributions.push(turn);
          return;
        }
      }
      if (found && found.voice !== "outlet") {
        const { chosen, ...told } = found;
        // ("Oslo pledged 12 guns last May, and Stockholm has said it will send 8": the first clause's subject commits itself.)
        const first = committedBefore(doc, sentenceSpeakers, sentence.span, found);
        const attribution: Attribution = first ? { ...told, firstClause: first } : told;
        if (sentence.candidate !== false) doc.attributions.push(attribution);
        // "As per customs data, ... . Chile also bought ...": the numbers' source goes on through the paragraph.
        if (speaksThroughNumbers(text) && found.sources.every((s) => s.country)) numbersBySegment.set(sentence.segment, { ...attribution, span: null, spans: [] });
        else numbersBySegment.delete(sentence.segment);
        if (quotes(text)) quoteBySegment.set(sentence.segment, attribution);
        // A report whose lead credits another outlet ("..., according to Merkur") relays that outlet throughout.
        // (Not where the lead speaks in the page's own first person: "We counted 40 visits; our partners at the BBC put it at 43.")
        if (found.voice === "media" && !voiceBySegment.has(sentence.segment) && isLead(doc, index) && !speaksAsPage(text)) voiceBySegment.set(sentence.segment, { sources: [...found.sources], relays: [...found.relays], media: true, lead: true });
        // "This is reported by the ministry": the sentences before it in the segment, told in the outlet's voice, are the ministry's.
        if (namedAfter) {
          doc.attributions.forEach((a, n) => {
            if ((a.voice === "outlet" || a.voice === "media") && doc.sentences[a.sentence].segment === sentence.segment && a.sentence < index) doc.attributions[n] = { ...a, sources: found.sources, relays: found.relays, voice: found.voice };
          });
        }
        lastBySegment.set(sentence.segment, chosen.map((c) => ({ ...c, kind: c.source.speaker ? "person" : c.kind === "pointer" ? "body" : c.kind })));
        named.push(...chosen.filter((s) => s.voice !== "unnamed" && s.voice !== "media" && s.kind !== "pointer"));
        // "X said in a report released on Thursday": a later "the report says" is X's work too.
        // (And "according to a study by X", "..., the first report of X found": the report named is X's.)
        const by = chosen.filter((s) => (s.kind === "body" || s.kind === "outlet") && s.voice !== "unnamed" && s.voice !== "media");
        if (saidInReport.test(text) || reportBy.test(text)) {
          // (A report no body is named as making is the named person's who wrote it: "a report by the envoy Ana Ruiz
          // found ...", then "the same report said": only a later "report" or "study" points back to a person.)
          const authors = by.length ? [] : chosen.filter((s) => s.kind === "person" && s.voice === "named" && !!s.source.speaker);
          issuers.push(...by, ...authors);
          documentIssuers.push(...by, ...authors);
        }
        // (Or "X has published its report": X's work for "the document" paragraphs later, where no paragraph names another's.)
        else if (issues.test(text)) documentIssuers.push(...by);
        for (const s of found.sources) if (s.speaker) names.rememberPerson(s);
        if (found.voice === "named" && packageNoun.test(text)) announcerBySegment.set(sentence.segment, found);
        // ("The minister announced 40 million euros in aid. The package includes ...": what was announced is the package the
        // next sentences list, though the announcing one never calls it that; only for the next two sentences, where no
        // other announcement can have come between.)
        else if ((found.voice === "named" || found.voice === "pointer") && sentence.candidate !== false && announcesDeliveries.test(text)) unnamedPackageBySegment.set(sentence.segment, found);
        return;
      }
      // "Iran's Foreign Minister Ali Vaziri made a statement on Monday." says nothing itself, but "the minister told reporters" may point back to him.
      // (With the state and body their title names: "Chile's Defence Minister Ana Ruiz" speaks for Chile when the minister speaks later.)
      if (!found) {
        const people = preferPeople(sentenceSpeakers.filter((s) => s.kind === "person"), sentenceSpeakers, doc);
        named.push(...people);
        // ("The Chilean defence ministry published figures." says nothing either, but a later "the ministry said" is that state's body.)
        // (Only a body named as a name, every word capitalised: "the Ukrainian military", "three US military firms" are no such body.)
        named.push(...sentenceSpeakers.filter((s) => s.kind === "body" && s.source.country && properBody.test(doc.slice(s.span))));
        // (And "Salas said" later is the Peruvian "counterpart Jorge Salas" of this sentence, with his state.)
        for (const p of people) if (p.source.speaker && p.source.country) names.rememberPerson(p.source);
      }
      // "The Kestrel Institute published a survey." says nothing itself either, but "the report said" points back to the body.
      // (Those named before the verb issue it: "the Team ... has published its first report, devoted to military ties" is the Team's.)
      const issued = !found ? issues.exec(text) : null;
      if (issued) {
        const bodies = sentenceSpeakers.filter((s) => s.kind === "body" || s.kind === "outlet");
        const before = bodies.filter((s) => s.span.end <= sentence.span.start + issued.index);
        issuers.push(...(before.length ? before : bodies));
        documentIssuers.push(...(before.length ? before : bodies));
      }
      if (sentence.candidate === false) return;
      // "“We sent 40 rifles,” X said. “More will follow in May.”": the quotation goes on in its speaker's voice.
      const quoted = standing ? quoteBySegment.get(sentence.segment) : undefined;
      if (quoted) {
        doc.attributions.push({ ...quoted, sentence: index, span: null, spans: [] });
        return;
      }
      // "The package includes ...", "Also in the drawdown are:" and its list: the contents of a package the segment's announcer made known.
      const packageAnnouncer = announcerBySegment.get(sentence.segment);
      const unnamedPackage = unnamedPackageBySegment.get(sentence.segment);
      const announcer = unnamedPackage && unnamedPackage.sentence >= index - 2 && (!packageAnnouncer || unnamedPackage.sentence > packageAnnouncer.sentence) ? unnamedPackage : packageAnnouncer;
      // (Over the voice of the segment too: "according to Merkur ..." in the lead, then "Berlin announced a package", the package is Berlin's.)
      // (Or a sentence right after it that goes on through a pronoun: "It also covers ...", "... are in it".)
      const goesOn = announcer !== undefined && announcer.sentence >= index - 2 && packageGoesOn.test(text);
      if (announcer && (packageNoun.test(text) || goesOn || /^\s*(?:--|[-•–—*])\s/.test(text)) && !/\b(?:previous|earlier|last|prior)\s+(?:\S+\s+)?(?:package|drawdown|tranche)/i.test(text)) {
        doc.attributions.push({ sentence: index, sources: announcer.sources, span: null, spans: [], relays: announcer.relays, voice: announcer.voice, stated: announcer.stated });
        return;
      }
      // "X reported that ... . The package allegedly included ...": a hedged sentence right after another outlet's report goes on telling it.
      const told = hedged.test(text) ? previousAttribution(doc, index) : undefined;
      if (told && told.voice === "media" && doc.sentences[index - 1].segment === sentence.segment) {
        doc.attributions.push({ sentence: index, sources: told.sources, span: null, spans: [], relays: told.relays, voice: told.voice, stated: told.stated });
        return;
      }
      const turn = turns.carried(sentence, index);
      if (turn) {
        doc.attributions.push(turn);
        return;
      }
      const numbers = numbersBySegment.get(sentence.segment);
      if (numbers && !/\n/.test(doc.text.slice(doc.sentences[numbers.sentence].span.end, sentence.span.start)) && !sentenceSpeakers.some((s) => s.kind !== "state")) {
        doc.attributions.push({ ...numbers, sentence: index });
        return;
      }
      numbersBySegment.delete(sentence.segment);
      // ("..., Reuters reported. | We judge they took on a million barrels.": the page's own "we" is the page, not the outlet its lead cited.)
      const segmentVoice = voiceBySegment.get(sentence.segment);
      const voice = segmentVoice?.lead && speaksAsPage(text) ? undefined : segmentVoice;
      // "He reiterated Beijing's position ... . China does not supply weapons ...": the statement goes on without its speaker.
      const carried = voice ? [] : carriedDenial(doc, index, recall.last);
      if (carried.length) {
        doc.attributions.push({ sentence: index, sources: carried, span: null, spans: [], relays: [], voice: "named", stated: null });
        return;
      }
      // "X said ... . The remaining ten are due in May.": the rest of the statement told just before, in its paragraph.
      const goesOnFrom = voice || sentenceSpeakers.some((s) => s.kind !== "state") ? undefined : followOn(doc, index, previousAttribution(doc, index));
      if (goesOnFrom) {
        doc.attributions.push(goesOnFrom);
        return;
      }
      // "Chile had pledged 40 howitzers", "The State Department cleared a sale": the subject of its own commitment or
      // decision is the source (and stays a party of the claim: no span of a speaker).
      // ("Under the contracts Ana Ruiz signed, Peru gets ...": the signer of the paper, where no subject commits.)
      const subject = voice ? [] : preferPeople(committingSubject(doc, sentenceSpeakers, sentence.span), sentenceSpeakers, doc);
      const signer = voice || subject.length ? subject : paperSigner(doc, sentenceSpeakers, sentence.span);
      // ("Chile, which in May pledged 12 jets, ...", "the jets that Ana Ruiz promised": the pledger of a clause of its own.)
      const committing = voice || signer.length ? signer : pledgeClause(doc, sentenceSpeakers, sentence.span);
      if (committing.length) {
        const attribution: Attribution = { sentence: index, sources: committing.map((c) => c.source), span: null, spans: [], relays: [], voice: "named", stated: null };
        doc.attributions.push(attribution);
        // ("Stockholm approved its biggest package yet. The Swedish package includes ...": the one who approved it announced it.)
        if (packageNoun.test(text)) announcerBySegment.set(sentence.segment, { ...attribution, chosen: committing });
        return;
      }
      doc.attributions.push({
        sentence: index,
        sources: voice?.sources ?? [author && sentence.span.start > author.at && !creditsAnother.test(text) ? author.source : own],
        span: null,
        spans: [],
        relays: voice?.relays ?? [],
        voice: voice ? (voice.media ? "media" : "named") : "outlet",
        stated: null,
      });
    });
    nameTheReportsMaker(doc, documentIssuers);
    nameTheLeadOfficial(doc);
    nameTheRemarksMaker(doc);
    nameTheBodysSpeaker(doc, namedBySegment);
    nameTheTurnsSpeakers(doc, own);
    stateOfUnnamed(doc);
    stateOfCitedUnnamed(doc);
  };
}

// ", and " or "; ": where a clause of its own begins (speech.json clauseBreaks).
const clauseBreak = new RegExp(`\\s*(?:${speechData.clauseBreaks.join("|")})\\s+`, "gu");

/**
 * "Oslo pledged 12 guns last May, and Stockholm has said it will send 8": a sentence whose named source speaks only
 * in a clause after ", and" or ";", while the clause before it opens with a state, body or person committing itself
 * (committing-subject.ts). The goods of that first clause are its subject's own pledge, not the later speaker's word.
 * The end of the first clause and its subject's source; undefined elsewhere.
 */
function committedBefore(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span, found: Attribution): Attribution["firstClause"] {
  if (!found.span || (found.voice !== "named" && found.voice !== "pointer")) return undefined;
  const text = doc.text.slice(sentence.start, found.span.start);
  const cut = [...text.matchAll(clauseBreak)][0];
  if (!cut) return undefined;
  const end = sentence.start + cut.index;
  const subject = committingSubject(doc, speakers, { start: sentence.start, end });
  if (subject.length !== 1 || subject[0].span.end > end) return undefined;
  const own = subject[0].source;
  if (found.sources.some((s) => (s.speaker && s.speaker === own.speaker) || (!s.speaker && !own.speaker && s.country === own.country))) return undefined;
  return { end, sources: [own] };
}

/** A body's name as written with capitals: "the Chilean Defence Ministry", "Chile's Ministry of Defence", "the Ministry of Defence of Chile". */
const properBody = /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}.'’-]*)+$/u;

/** "Answered by Ana Ruiz, Minister of State (Ministry of Defence)", "Answered by: ...": a line of its own that names whose words the page gives (speech.json authorLines). */
// (Capitals matter in the name, so the line's opening words take either case of their first letter only.)
const eitherCase = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, "[ \\t]+")}`;
const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+");
// "Answered on 8 May 2024 by ...": the day of the answer may stand before "by"; "Answering member: ...": a label of its own.
const authorOpening = `(?:(?:${speechData.authorLines.map(eitherCase).join("|")})(?:[ \\t]+on[ \\t]+[^\\n,:]{1,30}?)?[ \\t]+by:?|(?:${speechData.authorLabels.map(eitherCase).join("|")}):)`;
// "by the Minister of Defence, the Honourable Ana Ruiz, on ...": the office before the name, set off by a comma.
const officeFirst = `(?:the[ \\t]+\\p{Lu}[^\\n,]{2,60},[ \\t]+(?:(?:${speechData.authorHonorifics.map(escaped).join("|")})[ \\t]+)?)?`;
const authorLine = new RegExp(`^[ \\t]*${authorOpening}[ \\t]+${officeFirst}((?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){1,6}?\\p{Lu}[\\p{L}'’-]+)(?:[ \\t]*,[ \\t]*([^\\n]{1,140}))?[ \\t]*$`, "mu");

// "As the Secretary of State set out to the House, ...": an opening clause that credits another's statement, which the sentence retells.
const creditsAnother = new RegExp(`^\\s*As\\s+[^,;:]{2,80}?\\s(?:${speechData.authorCreditVerbs.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\b[^,;:]{0,80},`, "u");

/**
 * The person whose words a page gives, named in a line of its own ("Answered by Ana Ruiz, Minister of State
 * (Ministry of Defence)"): the page's own voice after the line is theirs, with the body their role names (a body in
 * brackets, else the publisher) and the publisher's state; `at` is where the line ends. Null where no such line stands.
 */
function authorOfPage(doc: ArmsDocument, country: string | null): { source: Source; at: number } | null {
  const m = authorLine.exec(doc.text);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 2 && titleWords.has(words[i].replace(/\.$/, ""))) i++;
  const name = words.slice(i).join(" ");
  if (name.split(/\s+/).length < 2) return null;
  const bracket = /\(([^()]{3,80})\)\s*$/.exec(m[2] ?? "")?.[1];
  return { source: { speaker: name, org: bracket ?? doc.meta.outlet, country }, at: m.index + m[0].length };
}

/** Who a report's makers are called where they are not named: "monitors say", "Researchers:", "the investigators". */
const makersNoun = /^(?:the\s+)?(?:(?:un|sanctions|independent|international)\s+)?(?:monitors|researchers|investigators|inspectors|authors|team|report|study)$/i;

/**
 * "Russia gave North Korea air-defence systems, monitors say" over a report whose body names the team that made
 * it known ("..., the X team said in a report released on Thursday"): the one maker of a report the document
 * names speaks wherever the text calls it by what it is, the headline above it too. Left alone where the
 * document names no maker, or several.
 */
function nameTheReportsMaker(doc: ArmsDocument, issuers: readonly Speaker[]): void {
  const makers = issuers.filter((s, i) => s.kind !== "person" && s.source.org && issuers.findIndex((t) => t.source.org === s.source.org) === i);
  if (makers.length > 1) return;
  // (Where no report's maker is named as such, the one body the document credits whose name holds the word:
  // "Monitors: ..." over "according to the Sanctions Monitoring Team".)
  const credited = makers.length ? [] : doc.attributions.flatMap((a) => (a.voice === "named" ? a.sources : [])).filter((s) => !s.speaker && s.org && !makersNoun.test(s.org.trim()));
  const byName = (word: string) => {
    const stem = word.trim().toLowerCase().replace(/^(?:the\s+)?(?:(?:un|sanctions|independent|international)\s+)?/, "").slice(0, 6);
    const found = credited.filter((s, i) => s.org!.toLowerCase().includes(stem) && credited.findIndex((t) => t.org === s.org) === i);
    return found.length === 1 ? found[0] : null;
  };
  doc.attributions.forEach((a, n) => {
    const [only] = a.sources;
    if (a.sources.length !== 1) return;
    const word = only.speaker && !only.org ? only.speaker : !only.speaker ? only.org : null;
    if (!word || !makersNoun.test(word.trim())) return;
    const maker = makers.length ? makers[0].source : byName(word);
    if (maker) doc.attributions[n] = { ...a, sources: [maker], voice: "named" };
  });
}

/**
 * The state of the government body that publishes the page itself, where the outlet is no news medium but a
 * body ("Ministry of Defence of Latvia" on its own site): its own voice speaks for its state. Null for news outlets.
 */
function publishingBody(doc: ArmsDocument): string | null {
  const outlet = doc.meta.outlet;
  return !outlet || outletByName(outlet) ? null : bodyStateByName(outlet);
}

/**
 * "..., the Defense Ministry announced." and elsewhere "Defense Minister Ann Roux hailed ...": a claim credited
 * to a body takes the one person the segment names as speaking for it (by the body's name, or a title that
 * names it), the source named as exactly as the document does. "..., the White House said Wednesday." then
 * "Kirby would not say ...": the one untitled person who opens the sentence right after the lead.
 */
function nameTheBodysSpeaker(doc: ArmsDocument, namedBySegment: ReadonlyMap<number, Speaker[]>): void {
  // Read once (a page of thousands of "the ministry said" lines must stay linear): each segment's people, and the sentence each opens.
  const peopleBySegment = new Map<number, Speaker[]>();
  for (const [segment, named] of namedBySegment) peopleBySegment.set(segment, named.filter((p) => p.kind === "person" && p.source.speaker));
  const leads = leadSentences(doc);
  const sentenceAt = (at: number) => Math.max(-1, indexAt(doc.sentences, at));
  // (Each person's title read once: a segment of many people and many lines of a body's voice asked it for every pair.)
  const titles = new Map<number, string[]>();
  const ownTitle = (p: Speaker) => titles.get(p.span.start) ?? (titles.set(p.span.start, titleBefore(doc, p)), titles.get(p.span.start)!);
  doc.attributions.forEach((a, n) => {
    const [only] = a.sources;
    if (a.sources.length !== 1 || only.speaker || !only.org || !only.country || a.voice !== "named") return;
    // "Officials of the ministry rejected ...": unnamed people of the body speak, not the one who heads it.
    if (a.span && /\b(?:officials|sources|diplomats|insiders|representatives|staff|officers)\s+(?:of|from|at|in|within)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, a.span.start - 40), a.span.start))) return;
    const segment = doc.sentences[a.sentence].segment;
    const people = (peopleBySegment.get(segment) ?? []).filter((p) => !p.source.country || p.source.country === only.country);
    if (!people.length) return;
    const distinct = (list: Speaker[]) => list.filter((p, i) => list.findIndex((q) => q.source.speaker === p.source.speaker) === i);
    const words = bodyWords(only.org);
    let match = distinct(people.filter((p) => (p.source.org && p.source.org.toLowerCase() === only.org!.toLowerCase()) || (words.length > 0 && words.every((w) => ownTitle(p).some((t) => t.startsWith(w))))));
    // "..., the head of Chilean intelligence said": the one who heads the body speaks, the one person of its state the segment names.
    const headed = a.span !== null && /\b(?:head|chief|director|commander|leader|chair(?:man|woman)?)\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, a.span.start - 30), a.span.start));
    if (!match.length && headed) {
      // (Not one whose own title names another office: "leader X", "Foreign Minister X" heads no army.)
      const officeHolders = new Set([...people.filter((p) => officeTitleBefore(doc, p.span.start)).map((p) => p.source.speaker), ...doc.mentions.filter((m) => m.kind === "person" && officeTitleBefore(doc, m.span.start)).map((m) => m.name)]);
      const ofState = distinct(people.filter((p) => p.source.country === only.country && !officeHolders.has(p.source.speaker)));
      if (ofState.length === 1) match = ofState;
    }
    if (!match.length && leads.has(a.sentence)) {
      // Named as the subject that opens the very next sentence ("Kirby would not say ...").
      const near = distinct(people.filter((p) => {
        const at = sentenceAt(p.span.start);
        return at === a.sentence + 1 && doc.sentences[at].segment === segment && /^\s*$/.test(doc.text.slice(doc.sentences[at].span.start, p.span.start));
      }));
      if (near.length === 1 && !near[0].source.org && !near[0].source.country && ownTitle(near[0]).length === 0) match = near;
    }
    if (match.length !== 1) return;
    doc.attributions[n] = { ...a, sources: [{ speaker: match[0].source.speaker, org: only.org, country: only.country }] };
  });
}

/** The words of a body's name that say what it is ("Israeli Defense Ministry" -> "defen", "minis"), as five-letter stems. */
function bodyWords(org: string): string[] {
  return org
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2 && !/^(?:the|of|for|and|affairs|national|federal|state|states|republic|people|government|south|north|united|us|uk|east|west)$/.test(w) && !/(?:an|ese|ish|ian|ic|i)$/.test(w))
    .map((w) => w.slice(0, 5));
}

/** The title words right before a person's name ("Chinese Foreign Ministry spokesman Lin Jian" -> chinese, foreign, ministry, spokesman). */
function titleBefore(doc: ArmsDocument, p: Speaker): string[] {
  const run = /((?:[\p{L}'’-]+\s+){0,5})$/u.exec(doc.text.slice(Math.max(0, p.span.start - 60), p.span.start))?.[1] ?? "";
  const words = run.trim().split(/\s+/).filter(Boolean);
  // Only the capitalised run and the role nouns that end it ("spokesman", "minister").
  let i = words.length;
  while (i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || titleWords.has(words[i - 1]) || /^(?:spokes\w+|minister|secretary|chief|director|head|official)$/i.test(words[i - 1]))) i--;
  return words.slice(i).map((w) => w.toLowerCase());
}

/**
 * "..., a top Danish official has said." or "Copenhagen's top diplomat said ..." in the lead, then "..., Ann
 * Roux, Denmark's security adviser, told ..." in the next sentences: the one official is the person named
 * next, of the same state.
 */
function nameTheLeadOfficial(doc: ArmsDocument): void {
  doc.attributions.forEach((a, n) => {
    const [only] = a.sources;
    if (a.voice !== "unnamed" || a.sources.length !== 1 || !only.country || !a.span || !isLead(doc, a.sentence)) return;
    // (Or one the state's role names alone: "Lima's top diplomat said ... . ..., Foreign Minister Ana Ruiz said ...".)
    if (!/(?:^|\s)(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:official|adviser|advisor|diplomat|source)$|['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:diplomat|envoy|negotiator|chief|adviser|advisor)$/iu.test(doc.text.slice(Math.max(0, a.span.start - 3), a.span.end))) return;
    const next = doc.attributions.find((b) => b.sentence > a.sentence && b.sentence <= a.sentence + 2 && doc.sentences[b.sentence].segment === doc.sentences[a.sentence].segment && b.voice === "named");
    const person = next?.sources.find((s) => s.speaker && s.country === only.country);
    if (person) doc.attributions[n] = { ...a, sources: [person], voice: "named" };
  });
}

/** "The remarks by Ann Roux", "Roux's comments": a sentence that names whose words were just told. */
const remarksBy = /\b(?:remarks|comments|statement|words)\s+(?:by|of|from)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?((?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}+)?\s+){1,2}\p{Lu}[\p{Ll}'’]+(?:-\p{L}+)?)|\b((?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}+)?\s+){1,2}\p{Lu}[\p{Ll}]+(?:-\p{L}+)?)['’]s\s+(?:remarks|comments)\b/u;

/**
 * "..., a senior Chilean lawmaker said on Sunday." then "The remarks by Ana Ruiz, a member of the defence
 * committee, were carried by local media.": the unnamed speaker is the one whose remarks the next sentences name.
 */
function nameTheRemarksMaker(doc: ArmsDocument): void {
  doc.attributions.forEach((a, n) => {
    const [only] = a.sources;
    if (a.voice !== "unnamed" || a.sources.length !== 1 || only.speaker || !a.span) return;
    const segment = doc.sentences[a.sentence].segment;
    for (let i = a.sentence + 1; i <= a.sentence + 2 && i < doc.sentences.length && doc.sentences[i].segment === segment; i++) {
      const m = remarksBy.exec(doc.slice(doc.sentences[i].span));
      const name = m?.[1] ?? m?.[2];
      if (!name || name.split(/\s+/).some((w) => titleWords.has(w))) continue;
      doc.attributions[n] = { ...a, sources: [{ speaker: name, org: only.org, country: only.country }], voice: "named" };
      return;
    }
  });
}

/** The first two body sentences of a segment. */
function isLead(doc: ArmsDocument, index: number): boolean {
  return leadSentences(doc).has(index);
}

/** The first two body sentences of every segment, read once per document (a long page asks for each of its sentences). */
/** The page's times of a saying ("said on Monday"), in the page's order, found once for all its sentences (as long as the list is). */
const speechTimesOf = new WeakMap<readonly TimeExpression[], { length: number; times: TimeExpression[] }>();
function speechTimes(doc: ArmsDocument): TimeExpression[] {
  let kept = speechTimesOf.get(doc.times);
  if (!kept || kept.length !== doc.times.length) speechTimesOf.set(doc.times, (kept = { length: doc.times.length, times: doc.times.filter((t) => t.speech) }));
  return kept.times;
}

const leadsByDoc = new WeakMap<ArmsDocument, Set<number>>();
function leadSentences(doc: ArmsDocument): Set<number> {
  let leads = leadsByDoc.get(doc);
  if (leads) return leads;
  leads = new Set<number>();
  const seen = new Map<number, number>();
  doc.sentences.forEach((s, i) => {
    if (s.headline || (seen.get(s.segment) ?? 0) >= 2) return;
    seen.set(s.segment, (seen.get(s.segment) ?? 0) + 1);
    leads!.add(i);
  });
  leadsByDoc.set(doc, leads);
  return leads;
}

/** A sentence's attribution, with the speakers it chose (for later pointers). */
type Found = Attribution & { readonly chosen: readonly Speaker[] };

function attribute(doc: ArmsDocument, index: number, recall: Recall, speakers = speakersIn(doc, doc.sentences[index].span, recall), namedAfter = leadNamedAfter(doc.slice(doc.sentences[index].span))): Found | null {
  // "HOST: the minister said ...", "Ana Ruiz: Kirby said ...": a label names who speaks the line, but one the line itself
  // credits after the colon retold it, so the line is read first without the label's holder; the holder speaks only
  // where the line credits nobody after its colon. (Only a person credited so: "Zelensky: ... ; Beijing says ..." is a
  // headline's second clause answering the first, and a headline's label is its speaker.)
  const { span, headline } = doc.sentences[index];
  const text = doc.slice(span);
  if (!headline && labelledLine(text)) {
    const colon = span.start + text.indexOf(":");
    const heard = speakers.filter((s) => s.span.start > colon);
    if (heard.length < speakers.length) {
      const found = attributeLine(doc, index, recall, heard, namedAfter);
      if (found && found.voice !== "outlet" && found.span && found.span.start > colon && found.sources.some((s) => s.speaker)) return found;
    }
  }
  return attributeLine(doc, index, recall, speakers, namedAfter);
}

/** Unnamed and media voices after named ones. (At module level: tsx names a closure on each call.) */
const speakerRank = (s: Speaker) => (s.voice === "unnamed" || s.voice === "media" ? 1 : 0);

function attributeLine(doc: ArmsDocument, index: number, recall: Recall, speakers: Speaker[], namedAfter: RegExpExecArray | null): Found | null {
  const sentence = doc.sentences[index];
  const { start, end } = sentence.span;
  const text = doc.slice(sentence.span);
  const chosen: Speaker[] = [];
  const relays: string[] = [];
  // Those who pass a claim on ("Wi said, citing the institute") speak too: they are no parties.
  const passedOn: Speaker[] = [];
  // "as reported by Reuters", "was first reported by the Journal": who passes the claim on, the source where no one else is named.
  const reportedBy: Speaker[] = [];

  // "Kyiv: 60 missiles used ...", "Seoul: ...": a headline that names its source first.
  // (In a body's sentence a place before the colon is a dateline where a person named after it speaks: "Oslo: Minister X said ...";
  // so is one in a headline with the titled person right after the colon: "Lima: Defence Minister Juan Perez said ...".)
  const lead = speakers.find((s) => s.span.start === start && /^\s*:/.test(doc.text.slice(s.span.end, s.span.end + 2)) && (sentence.headline || !speakers.some((o) => o !== s && o.kind === "person")) && !speakers.some((p) => p.kind === "person" && p.span.start > s.span.end && /^\s*:\s*(?:[\p{L}-]+\s+){0,4}$/u.test(doc.text.slice(s.span.end, p.span.start))));
  // "... to Russia: JCS", "...: defence chief": a headline that names its source last.
  const tail = speakers.find((s) => s.span.end === end && /:\s*$/.test(doc.text.slice(Math.max(start, s.span.start - 3), s.span.start)));
  if (lead) chosen.push(lead);
  else if (tail) chosen.push(tail);
  // "... to Peru – Ecuador", "... — Finnish navy": a headline that names its source last, after a dash.
  else chosen.push(...headlineTail(doc, sentence, speakers));
  // "This is reported by the ministry, ..., the wire reports": the one named after "by" made the claims.
  if (namedAfter) chosen.push(...groupAfter(doc, speakers, start + namedAfter[0].length, 8).filter((s) => s.kind !== "media"));
  // "Washington, which by its own accounting committed ...": whose own reckoning it is, and the giver too (a party, no span of a speaker).
  const ownReckoner = chosen.length ? undefined : speakers.find((s) => s.kind !== "media" && ownReckoningAfter.test(doc.text.slice(s.span.end, s.span.end + 50)));
  if (ownReckoner) return { sentence: index, sources: preferPeople([ownReckoner], speakers, doc).map((s) => s.source), span: null, spans: [], relays: [], voice: "named", stated: null, chosen: [ownReckoner] };
  // "By Seoul's count", "on the ministry's estimate", "in Kyiv's assessment": whose reckoning it is.
  // ("Ana Ruiz, Chile's defence minister, said ... . By Santiago's own arithmetic, ...": a state's reckoning right after its one person spoke is that person's.)
  const reckonerOf = (s: Speaker) => {
    const people = s.kind === "state" ? recall.last.filter((l) => l.kind === "person" && l.source.speaker && l.source.country === s.source.country) : [];
    return people.length === 1 ? { ...people[0], span: s.span } : s;
  };
  if (!chosen.length) chosen.push(...speakers.filter((s) => s.kind !== "media" && reckoningOf(doc.text, s.span)).map(reckonerOf));
  // "Figures from the Swedish navy show ...": the body whose numbers show the claim.
  if (!chosen.length) chosen.push(...dataShows(doc, speakers, sentence.span));
  // "Norway publishes a list of its aid. The same list also shows ...": the record's keeper.
  if (!chosen.length) chosen.push(...recordSpeaks(doc, speakers, sentence.span, recall.keepers ?? []));
  // "The tranche, presented by defence minister X, ...", "the package announced by the Pentagon": who made it known.
  // "Lima's reply, through spokesman X, was that ...": who gave the answer.
  if (!chosen.length) chosen.push(...answerGiver(doc, speakers, sentence.span));
  if (!chosen.length) chosen.push(...madeKnownBy(doc, speakers, sentence.span));
  // "Ana Ruiz's October pledge of 40 howitzers ...": whose commitment it is.
  if (!chosen.length) chosen.push(...pledgeMaker(doc, speakers, sentence.span));
  // "Canberra's pledge of 49 tanks ...": the capital's government, which stays a party of the claim (no span of a speaker).
  const capital = chosen.length ? [] : capitalPledge(doc, speakers, sentence.span);
  if (capital.length) return { sentence: index, sources: capital.map((s) => s.source), span: null, spans: [], relays: [], voice: "named", stated: null, chosen: capital };
  // "..., figures Ana Ruiz first gave in May", "the share she had given was a half": who gave the figures.
  if (!chosen.length) chosen.push(...figuresGiver(doc, speakers, sentence.span));
  // "according to X", "as cited by X": the speaker right after the phrase.
  for (const m of chosen.length ? [] : matchAll(speech.according, text, start)) {
    // ("per Budanov.": a bare "per" names a source only before a capitalised name, not "per day", "per gram".)
    if (/^per$/i.test(m.text) && !/^\s+(?:the\s|an?\s|\p{Lu})/u.test(doc.text.slice(m.end, m.end + 5))) continue;
    // "it was reported by Yonhap that Norway ...": the parties of the claim after "that" are no speakers.
    const clause = /^it\b/i.test(m.text) ? /\bthat\b/i.exec(doc.text.slice(m.end, end)) : null;
    // "As per customs data, Chile shipped ...": the phrase ends at its comma; a state after it is a party, no source.
    // ("according to Japan, Korea and the US" still lists three: only the first may not stand past a comma.)
    const named = groupAfter(doc, speakers, m.end, 4).filter((g) => !clause || g.span.start < m.end + clause.index);
    const found = named.length && /,/.test(between(doc, m.end, named[0].span.start)) ? [] : named;
    // "according to Seoul's spy agency, cited by Yonhap", "according to officials quoted by the BBC": the one cited speaks, the citer relays.
    const citer = found.findIndex((g, i) => i > 0 && /\b(?:cited|quoted|reported|relayed|carried)\s+by\s+(?:the\s+)?$|\bvia\s+(?:the\s+)?$/i.test(between(doc, found[i - 1].span.end, g.span.start)));
    const group = citer > 0 ? found.slice(0, citer) : found;
    if (citer > 0) relays.push(...found.slice(citer).map((g) => g.source.org ?? g.source.speaker ?? "").filter(Boolean));
    // "..., per Kuznetsov.", "according to Budanov.": a lone name no list knows that closes the clause is who says it.
    if (!group.length && !clause) group.push(...loneNameAfter(doc, m.end, end, recall));
    // ("according to Danish broadcaster DR, ...": an outlet no list knows, named by the noun of its kind, passes the claim on.)
    if (!group.length && !clause) group.push(...pressNameAfter(doc, m.end, end));
    if (!group.length) continue;
    // "The agency told lawmakers ..., according to Rep. X, who attended the briefing": the person passes on what the agency said.
    // ("according to lawmaker Kim": the role word before the name is the same one person.)
    const witness = group[group.length - 1];
    const heard = group.every((g) => g === witness || g.kind === "unnamed") ? witnessedSource(doc, speakers, sentence.span, witness, m.start) : null;
    if (heard) {
      chosen.push(heard);
      relays.push(witness.source.speaker ?? witness.source.org ?? "");
      passedOn.push(...group);
      continue;
    }
    // "as reported by Yonhap" passes a claim on; "it was reported by Yonhap that ...", "it was stated by X" names who made it.
    if (/cited|reported|quoted/i.test(m.text) && !/^it\b/i.test(m.text)) {
      relays.push(...group.map((g) => g.source.org ?? "").filter(Boolean));
      reportedBy.push(...group);
    }
    else chosen.push(...group);
  }
  // "X said", "..., said X". Where "according to" named only an outlet ("the minister said, according to
  // Yonhap"), the one who said it is the source and the outlet relays it.
  // "Yonhap quoted a ministry spokesman as saying", "the agency cited Putin's remark": the one quoted speaks, the quoter relays.
  for (const m of matchAll(/\b(?:quoted|cited)\s+/gi, text, start)) {
    if (chosen.length) break;
    const quotedAs = (g: Speaker) => quotedAsWords.test(doc.text.slice(g.span.end, end)) || /^\s*['’]s?\b/.test(doc.text.slice(g.span.end, end));
    // "X was quoted by Reuters as saying", "X, cited by the agency, said": the one before is quoted, the one after "by" passes it on.
    if (/\b(?:was|were|is|are|been|being)\s+$/i.test(doc.text.slice(Math.max(start, m.start - 10), m.start)) && /^by\b/i.test(doc.text.slice(m.end, end))) {
      const quoted = groupBefore(doc, speakers, m.start, 3);
      const quoter = groupAfter(doc, speakers, m.end + 2, 3).filter((g) => g.kind === "outlet" || g.kind === "media");
      if (quoted.length && quoter.length) {
        chosen.push(...quoted);
        passedOn.push(...quoter);
        relays.push(...quoter.map((q) => q.source.org ?? "").filter(Boolean));
      }
      continue;
    }
    // "X was quoted as saying by a local site": the one before is quoted, whoever passes it on after "by".
    if (/\b(?:was|were|is|are|been|being)\s+$/i.test(doc.text.slice(Math.max(start, m.start - 10), m.start)) && quotedAsWords.test(doc.text.slice(m.end, end))) {
      const quoted = groupBefore(doc, speakers, m.start, 6).filter((g) => g.kind !== "media" && g.kind !== "outlet");
      if (!quoted.length) continue;
      const by = quotedAsBy.exec(doc.text.slice(m.end, end));
      const quoter = by ? groupAfter(doc, speakers, m.end + by[0].length, 3).filter((g) => g.kind === "outlet" || g.kind === "media") : [];
      chosen.push(...quoted);
      passedOn.push(...quoter);
      relays.push(...quoter.map((q) => q.source.org ?? "").filter(Boolean));
      continue;
    }
    const all = groupAfter(doc, speakers, m.end, 3);
    const group = all.slice(0, all.findIndex(quotedAs) + 1);
    if (!group.length) continue;
    const quoter = groupBefore(doc, speakers, m.start, 3);
    chosen.push(...group);
    passedOn.push(...quoter);
    relays.push(...quoter.map((q) => q.source.org ?? q.source.speaker ?? "").filter(Boolean));
  }
  const accordingMedia = chosen.length > 0 && chosen.every((c) => c.kind === "media" || c.kind === "outlet");
  const accorded = accordingMedia ? chosen.splice(0, chosen.length) : [];
  if (!chosen.length) {
    // "X got howitzers, Budanov said, adding that ...": a participle after another verb of saying has
    // that verb's speaker (found below by shape), not the subject that opens the sentence.
    let earlierVerb = false;
    let lastVerbEnd = start;
    const ownClause = new Set<Speaker>();
    for (const m of matchAll(speech.verb, text, start)) {
      const lead = doc.text.slice(Math.max(start, m.start - 12), m.start);
      // "the United States": a word of a name, no verb.
      if (anyHolds(doc.mentions, m) || nounStates(doc, m)) continue;
      // "is believed to", "was reported": passive, nobody is named as saying it; so is "N. Korea believed to
      // have sent", a headline that drops the "is".
      if (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(lead) || passiveInfinitive(doc.text, m)) continue;
      // ("..., although Oslo has never confirmed the handover": a state that did not say it is no speaker; those who told it are.
      // Officials who "have not said what it will buy" still speak of the plan the sentence tells.)
      if (unsaidVerb.test(m.text) && unsaidLead.test(doc.text.slice(Math.max(start, m.start - 40), m.start)) && !/^\s+that\b/i.test(doc.text.slice(m.end, m.end + 8)) && groupBefore(doc, speakers, m.start, 5).every((g) => g.kind === "state")) continue;
      // "..., a rise from the 10,000 that Minister X cited in June": a verb in a clause about another figure
      // tells another statement, once the sentence's own speaker is found.
      if (chosen.length && otherStatementClause(doc.text, sentence.span, m.start)) continue;
      // "Russia, which has long denied any such trade, has received ...": the verb of an aside says
      // something of its own, not the sentence's claim.
      // "The minister said 40 tanks went, some of which analysts say were old": a report nested in an object
      // relative clause speaks of part of the claim; the speaker of the clause before it stays the source.
      if (earlierVerb && nestedReport(doc, sentence.span, m)) continue;
      if (relativeAside(doc.text, sentence.span, m)) {
        earlierVerb ||= !/ing$/i.test(m.text);
        continue;
      }
      // "the media's false report that", "a claim": a noun, not a verb of saying.
      if (/\b(?:a|an|the|this|its|their|his|her|our)\s+$/i.test(lead) || (/^(?:reports?|claims?|estimates?|notes?|quotes?)$/i.test(m.text) && /['’]s\s+(?:[\p{Ll}-]+\s+)?$/u.test(lead))) continue;
      // ("a Western media report that", "an Israeli army estimate of": a bare form after "a" and a few words names a thing; a verb would take "-s".)
      if (/^(?:report|claim|estimate|note|quote)$/i.test(m.text) && /\b(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}$/iu.test(doc.text.slice(Math.max(start, m.start - 40), m.start))) continue;
      // "..., said X." (X ends the clause, perhaps after a role: "said army chief General X"): the speaker follows the verb.
      // "..., Ann Li, the country's top adviser, told broadcaster X": who is told is no speaker.
      // ("... ten times more - noted X.": a dash sets the speaker off like a comma.)
      const setOff = /(?:[,”"’'“]|\s[-–—]|—)\s*$/.test(lead);
      // "X said at a briefing with Y, adding that ...": a participle after a comma, once a verb before it has found its
      // speaker, goes on with that speaker's words; whoever the clause between names (met, beside, thanked) does not speak.
      if (earlierVerb && chosen.length && /ing$/i.test(m.text) && /,\s*$/.test(lead)) continue;
      // ("Chile, a partner of Washington, said it had sold Peru six jets": a pronoun or "that" after the verb opens what is said.)
      // ("..., the foreign minister, Ana Ruiz, said in Lima on Monday": the state whose capital follows "in" or "at" is where
      // the speaker set off before the verb spoke, no speaker after it.)
      const heard = setOff && !/^told$/i.test(m.text) && !saidClauseOpens.test(doc.text.slice(m.end, m.end + 12)) ? groupAfter(doc, speakers, m.end, 6) : [];
      const after = heard.length && heard[0].kind === "state" && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(between(doc, m.end, heard[0].span.start)) ? [] : heard;
      const tail = doc.text.slice(after.length ? after[after.length - 1].span.end : end, end);
      // Those named after the verb are one group of speakers only where nothing but "and", commas or titles
      // stands between them: "said Chile had sold Peru two frigates" names parties, no speakers.
      const tight = after.every((x, i) => i === 0 || invertedGap.test(between(doc, after[i - 1].span.end, x.span.start)));
      const inverted = after.length && tight && (/^\s*(?:\S+\s*){0,2}(?:[.,;:]|$)/.test(tail) || /^\s+(?:Posted|Published|Updated|By)\b/.test(tail)) ? after : [];
      // "X told the BBC that they believed ...": a pronoun after the sentence's speaker is that speaker again, not the last sentence's.
      const pronounOnly = (g: Speaker[]) => g.length > 0 && g.every((b) => b.kind === "pointer" && /^(?:he|she|they|it)$/i.test(doc.slice(b.span)));
      // ("X met President Y in Kyiv and said ...": the subject who opens the clause says it, not the one met or the place visited.)
      const joinedSubject = earlierVerb ? [] : coordinatedSubject(doc, speakers, sentence.span, m.start);
      const near = joinedSubject.length ? joinedSubject : groupBefore(doc, speakers, m.start, 5);
      // "..., explained Vargas on Monday.": a name no list knows closes the clause after the verb; the subject before is no speaker.
      // ("..., a spokesman for the navy, told Radio Free Asia.": who is told is no speaker; the one before the verb speaks.)
      const before = (chosen.length && pronounOnly(near)) || (setOff && !after.length && !/^told$/i.test(m.text) && nameClosesClause(doc.text.slice(m.end, end))) || (!earlierVerb && !inverted.length && saysOnlyOfItsOwn(doc, near, m.end, sentence.span)) ? [] : near;
      // "Minsk rejected the claims, and a Kremlin spokesman called them lies": a state that spoke in a clause of
      // its own, before ", and" opens the next speaker's, keeps its voice beside that speaker.
      const joined = !inverted.length && before.length > 0 && chosen.length > 0 && ownClauseJoin.test(between(doc, lastVerbEnd, before[0].span.start));
      if (joined) for (const c of chosen) if (c.kind === "state") ownClause.add(c);
      chosen.push(...(inverted.length ? inverted : before.length ? before : earlierVerb ? [] : participleSubject(doc, speakers, sentence.span, m)));
      lastVerbEnd = m.end;
      earlierVerb = true;
      // "told the BBC": the outlet passes on what the speaker told it.
      if (/^told$/i.test(m.text)) relays.push(...groupAfter(doc, speakers, m.end, 2).filter((g) => g.kind === "outlet" || g.kind === "media").map((g) => g.source.org ?? "").filter(Boolean));
    }
    // Nobody known stands by the verb: the proper noun that does ("Kupol has told", "..., noted Shagivaleev").
    if (!chosen.length) chosen.push(...properNounSpeakers(doc, sentence.span, text, recall));
    // No one speaks, but a noun of saying names whose claim it is: "British claims to have sent ...", "X's statement that ...".
    if (!chosen.length) chosen.push(...claimHolders(doc, speakers, sentence.span));
    // Nor any verb: a person or body that a colon sets before the statement ("The Polish defence ministry: 20 tanks have arrived").
    if (!chosen.length) chosen.push(...colonSpeakers(doc, speakers, sentence.span));
    // "officials cited by Reuters said": the outlet after "cited by" relays what those before it said.
    const citers = citersAfter(doc, chosen);
    if (citers.length) {
      chosen.splice(0, chosen.length, ...chosen.filter((c) => !citers.includes(c)));
      relays.push(...citers.map((c) => c.source.org ?? c.source.speaker ?? "").filter(Boolean));
    }
    // A state named as a speaker ("Seoul believes") gives way to the people and bodies that speak in the same sentence.
    if (chosen.some((c) => c.kind !== "state")) chosen.splice(0, chosen.length, ...chosen.filter((c) => c.kind !== "state" || ownClause.has(c)));
    const told = new Set(relays);
    chosen.splice(0, chosen.length, ...chosen.filter((c) => !told.has(c.source.org ?? "") || c.source.speaker));
    const media = new Set(accorded.map((a) => a.source.org));
    const speakersOnly = chosen.filter((c) => !media.has(c.source.org) && c.kind !== "media");
    if (accorded.length && speakersOnly.length) {
      chosen.splice(0, chosen.length, ...speakersOnly);
      relays.push(...accorded.map((a) => a.source.org ?? "").filter(Boolean));
    } else if (accorded.length) chosen.splice(0, chosen.length, ...accorded);
  }
  // "Moscow said, through security council chief X, that ...": the person it spoke through.
  const through = spokeThrough(doc, speakers, chosen, sentence.span);
  if (through.length) chosen.splice(0, chosen.length, ...through);
  // "citing X": X is the source, whoever cites it relays it.
  for (const m of matchAll(speech.relay, text, start)) {
    // "as relayed by Reuters", "via Yonhap": the one named after passes the claim on.
    if (/cited by|via|relayed by/i.test(m.text)) {
      if (/relayed by/i.test(m.text)) relays.push(...groupAfter(doc, speakers, m.end, 3).map((g) => g.source.org ?? g.source.speaker ?? "").filter((r) => r && !relays.includes(r)));
      continue;
    }
    const named = groupAfter(doc, speakers, m.end, 4);
    const cited = named.length ? named : citedBodyOfOutlet(doc, m.end, end, chosen);
    if (!cited.length) continue;
    relays.unshift(...chosen.map((c) => c.source.org ?? c.source.speaker ?? "").filter((r) => r && !relays.includes(r)));
    passedOn.push(...chosen);
    chosen.splice(0, chosen.length, ...cited);
    // "citing Yonhap, which quoted the defence minister": follow the chain to its origin.
    for (let hop = 0; hop < 4; hop++) {
      const last = chosen[chosen.length - 1];
      const next = /^\s*,?\s*(?:which|who)\s+(?:quoted|cited|relayed|was citing|was quoting)\s+/i.exec(doc.text.slice(last.span.end, end));
      if (!next) break;
      const further = groupAfter(doc, speakers, last.span.end + next[0].length, 3);
      if (!further.length) break;
      relays.unshift(...chosen.map((c) => c.source.org ?? c.source.speaker ?? "").filter(Boolean));
      passedOn.push(...chosen);
      chosen.splice(0, chosen.length, ...further);
    }
  }
  // "“The Pentagon reckoned ...,” the Post noted": the outlet passes on what the one it quotes says.
  const framing = framingMedia(chosen);
  if (framing.length) {
    chosen.splice(0, chosen.length, ...chosen.filter((c) => !framing.includes(c)));
    passedOn.push(...framing);
    relays.push(...framing.map((f) => f.source.org ?? "").filter((r) => r && !relays.includes(r)));
  }
  if (!chosen.length && reportedBy.length) chosen.push(...reportedBy);
  if (!chosen.length) return null;
  // ("Reuters, citing two officials, reported": the one cited is the source, no relay of itself.)
  const own = new Set(chosen.map((c) => c.source.org ?? c.source.speaker ?? ""));
  relays.splice(0, relays.length, ...relays.filter((r, i) => !own.has(r) && relays.indexOf(r) === i));
  // Named speakers first, then in the order the sentence names them ("the US and South Korea say").
  const sources = preferPeople(chosen, speakers, doc).sort((a, b) => speakerRank(a) - speakerRank(b) || a.span.start - b.span.start);
  const voice = sources.some((s) => s.voice === "named") ? "named" : sources[0].voice;
  const spoken = speechTimes(doc).find((t) => t.span.start >= start && t.span.end <= end && !otherStatementClause(doc.text, sentence.span, t.span.start));
  const stated = spoken ? (weekWide(spoken.period) ? daySpan(spoken.period, doc.meta.published) : spoken.period.start) : null;
  return { sentence: index, sources: sources.map((s) => s.source), span: sources[0].span, spans: [...chosen, ...passedOn, ...accorded].map((c) => c.span), relays, voice, stated, chosen: sources };
}

/**
 * "The package includes 40 tanks and 12 howitzers, and officials said some were already in Poland": a speaker who
 * opens a clause of its own after ", and" and names no state after its verb tells something of its own; the
 * transfer told before the join is not theirs.
 */
function saysOnlyOfItsOwn(doc: ArmsDocument, speakers: readonly Speaker[], verbEnd: number, sentence: Span): boolean {
  if (!speakers.length) return false;
  const lead = doc.text.slice(sentence.start, Math.min(...speakers.map((g) => g.span.start)));
  const join = /,\s+(?:and|but|while)\s+(?:[\p{L}.-]+\s+){0,2}$/u.exec(lead);
  if (!join) return false;
  // ("Chile, Peru, and Bolivia said": the last of a list of speakers, no clause of its own.)
  const comma = sentence.start + join.index;
  if (doc.mentions.some((x) => x.span.end <= comma && comma - x.span.end <= 1)) return false;
  // (The clause before the join must tell something: "Chile, and then Peru said ..." is no clause.)
  if (!/\s\S+\s+\S+\s+\S+/.test(lead)) return false;
  // ("Eleven jets came last year, and the ministry expects the other 18 by May": a clause that counts goods goes on with the flow told before.)
  if (doc.amounts.some((a) => a.span.start >= verbEnd && a.span.end <= sentence.end)) return false;
  return !doc.mentions.some((x) => x.kind === "state" && x.span.start >= verbEnd && x.span.end <= sentence.end);
}

/**
 * "Minister X hailed the arrival of the bombs, saying ...": a participle of saying after a comma has
 * the subject of its clause, the speaker that opens the sentence (or the clause after the last comma
 * or semicolon before it), however far.
 */
function participleSubject(doc: ArmsDocument, speakers: readonly Speaker[], span: Span, verb: { start: number; text: string }): Speaker[] {
  if (!/ing$/i.test(verb.text) || !/,\s*$/.test(doc.text.slice(span.start, verb.start))) return [];
  const clause = doc.text.slice(span.start, verb.start).replace(/,\s*$/, "");
  const from = span.start + Math.max(0, clause.search(/[;:“”"][^;:“”"]*$/) + 1);
  const first = speakers.find((s) => s.span.start >= from && s.span.end <= verb.start);
  if (!first || first.kind === "media" || tokens(between(doc, from, first.span.start)) > 4) return [];
  // The speaker must be the subject, right before its own verb ("X hailed"), not an object ("the arrival of X").
  // ("X went further, writing ...": a past form without -ed too.)
  if (!/^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b/u.test(doc.text.slice(first.span.end, first.span.end + 30)) && !irregularPast.test(doc.text.slice(first.span.end, first.span.end + 30))) return [];
  return [first];
}

/** A single capitalised word right after `at` that closes its clause, read as a person remembered, a body introduced, else a person by surname. */
function loneNameAfter(doc: ArmsDocument, at: number, end: number, recall: Recall): Speaker[] {
  const m = /^\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?=\s*(?:[.,;]|$))/u.exec(doc.text.slice(at, Math.min(end, at + 40)));
  if (!m) return [];
  const span = { start: at + m[0].length - m[1].length, end: at + m[0].length };
  if (titleWords.has(m[1]) || doc.mentions.some((x) => x.span.start < span.end && span.start < x.span.end)) return [];
  const single = recall.names.single(m[1]);
  return [{ span, source: single.source, voice: "named", kind: single.kind }];
}

/**
 * The outlet that a noun of its kind names right after a crediting phrase and that closes its clause: `pressNameAfter`
 * after "according to" in "according to Danish broadcaster DR, ..." is DR, in the voice of the media.
 */
function pressNameAfter(doc: ArmsDocument, at: number, end: number): Speaker[] {
  const m = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s*(?:[.,;]|$))/u.exec(doc.text.slice(at, Math.min(end, at + 80)));
  if (!m) return [];
  const span = { start: at + m[0].length - m[1].length, end: at + m[0].length };
  if (!pressNamed(doc, span.start) || doc.mentions.some((x) => x.span.start < span.end && span.start < x.span.end)) return [];
  return [{ span, source: { speaker: null, org: m[1], country: null }, voice: "media", kind: "outlet" }];
}

/**
 * "states" that is the plural noun, not the verb: "exports to some Central Asian states rose", "the Baltic
 * states": a word of number or a region's adjective stands before it ("the institute states that" keeps the verb).
 */
function nounStates(doc: ArmsDocument, m: Span): boolean {
  if (!/^states$/i.test(doc.slice(m))) return false;
  const lead = doc.text.slice(Math.max(0, m.start - 40), m.start);
  return statesCount.test(lead) || /\p{Lu}\p{Ll}*(?:an|ic|ese)\s+$/u.test(lead);
}
const statesCount = /\b(?:some|several|many|other|all|both|these|those|most|few|two|three|four|five|member|neighbou?ring|allied|friendly|partner)\s+(?:\p{Lu}\p{L}+\s+){0,2}$/iu;

/**
 * "Defence Minister X met President Y in Kyiv and said ...", "X visited Kyiv and said ...": a verb of saying that "and"
 * joins to the verb before it, in one plain clause (no comma, colon or quote), has that verb's subject, the person or
 * body that opens the sentence after at most a few words of title; not the one met, nor the place visited. A state
 * that opens it is left to the usual reading. Empty where the verb is not so joined.
 */
function coordinatedSubject(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span, at: number): Speaker[] {
  if (!/\band\s+(?:then\s+|also\s+|later\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, at - 14), at))) return [];
  if (/[,;:“”"]/.test(doc.text.slice(sentence.start, at))) return [];
  const first = speakers.filter((x) => x.span.start >= sentence.start && x.span.end <= at && x.kind !== "state").sort((a, b) => a.span.start - b.span.start)[0];
  if (!first || first.kind === "outlet" || first.kind === "media" || first.kind === "pointer" || tokens(doc.text.slice(sentence.start, first.span.start)) > 4) return [];
  // (A verb must stand between the subject and "and": "X and Y said" is a list of speakers, read as usual.)
  if (tokens(doc.text.slice(first.span.end, at)) < 3) return [];
  const group = groupBefore(doc, speakers, first.span.end, 0);
  return group.length ? group : [first];
}

/** The proper nouns standing by a verb of saying, tagged only here (most sentences never need it). */
function properNounSpeakers(doc: ArmsDocument, span: Span, text: string, recall: Recall): Speaker[] {
  const verbs = matchAll(speech.verb, text, span.start).filter((m) => !/\b(?:is|are|was|were|be|been|being)\s+$/i.test(doc.text.slice(Math.max(span.start, m.start - 12), m.start)) && !nounStates(doc, m));
  if (!verbs.length) return [];
  const words = taggedWords(doc, span);
  for (const verb of verbs) {
    const found = properNounSpeaker(words, verb, (s) => doc.slice(s));
    if (!found) continue;
    const name = doc.slice(found);
    const parts = name.split(/\s+/);
    // ("a memo seen by the Herald says": the outlet that saw the document does not say what it says.)
    if (parts.every((p) => titleWords.has(p)) || doc.mentions.some((m) => m.span.start < found.end && found.start < m.span.end) || seenBy(doc, found.start)) continue;
    // ("Finnish broadcaster Yle said": an outlet named by the noun of its kind, passing on what it tells.)
    if (pressNamed(doc, found.start) || recall.names.outlets.has(name)) return [{ span: found, source: { speaker: null, org: name, country: null }, voice: "media", kind: "outlet" }];
    // ("by New Year", "a Gulf state", "the Democratic Party": a thing, a season or a place by a verb, no one who
    // speaks; an outlet named by its kind is asked first, as its name may hold such a word: "the newspaper Daily Nation".)
    if (parts.some(isNameStop)) continue;
    if (parts.length === 1) {
      const single = recall.names.single(name);
      return [{ span: found, source: single.source, voice: "named", kind: single.kind }];
    }
    return [{ span: found, source: { speaker: name, org: null, country: null }, voice: "named", kind: "person" }];
  }
  return [];
}

/**
 * "Chile signs for 24 jets" over "Defence Minister Ana Ruiz signed ... in Oslo": the state the page's title names
 * as its source (a state, or a person or body of one state), where the minister opens the report, no other voice
 * of the body coming between; the lead goes on with the title's actor, not with the state where the act took place.
 */
function titleGovernmentVoice(doc: ArmsDocument, at: number): string | null {
  const index = doc.sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
  const title = doc.attributions.find((a) => doc.sentences[a.sentence].headline);
  if (!title || title.voice !== "named" || title.sentence >= index) return null;
  if (doc.attributions.some((a) => a.sentence > title.sentence && a.sentence < index && !doc.sentences[a.sentence].headline)) return null;
  const states = new Set(title.sources.map((s) => s.country));
  return states.size === 1 && !states.has(null) ? [...states][0] : null;
}

/**
 * Where a person and the body or role they speak for stand together, the person is the source, with
 * the body's name and state ("French Defence Minister Ann Roux": Ann Roux, the ministry, France).
 */
function preferPeople(list: Speaker[], all: readonly Speaker[], doc: ArmsDocument): Speaker[] {
  const unique = list.filter((s, i) => list.findIndex((o) => sameSource(o.source, s.source)) === i);
  const merged = unique.map((p) => {
    if (p.kind !== "person" || (p.source.country && p.source.org)) return p;
    // (A state before a comma is a title only after a role: "the president of Chile, Ana Ruiz", not "... to Peru, Ruiz said".)
    const roleOf = (b: Speaker) => b.kind !== "state" || /\b(?:president|minister|premier|leader|king|head|chief|ambassador|envoy)\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, b.span.start - 40), b.span.start));
    const role = all.find((b) => (b.kind === "body" || b.kind === "state" || b.kind === "unnamed") && b.source.country && b.span.end <= p.span.start && ((roleOf(b) ? /^[\s,]*$|^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u : /^\s*$|^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u).test(between(doc, b.span.end, p.span.start)) || (b.kind !== "state" && roleGap.test(between(doc, b.span.end, p.span.start)))));
    if (role) return { ...p, source: { ...p.source, org: p.source.org ?? (role.kind !== "state" ? role.source.org : null), country: p.source.country ?? role.source.country } };
    // "Swedish Defence Minister Lars Ekdahl": the state of the adjective before the titles.
    const adjective = doc.mentions.find((m) => m.kind === "state" && m.span.end <= p.span.start && p.span.start - m.span.end < 50 && (titleRun(between(doc, m.span.end, p.span.start)) || /^\s+(?:counterpart|colleague)\s+$/i.test(between(doc, m.span.end, p.span.start))));
    if (adjective) return { ...p, source: { ...p.source, country: adjective.state ?? adjective.entity } };
    // "Shin Won-sik, Seoul's top security adviser, told ...", "Ann Roux, the Danish defence minister, said": the role after the name.
    const after = appositionState(doc, p);
    if (after) return { ...p, source: { ...p.source, country: after } };
    // "Chile's army chief, General Ana Ruiz, said", "the Peruvian defence minister, Mr Salas, told": the role set off before the name.
    const roleBefore = doc.mentions.find((m) => m.kind === "state" && m.span.end <= p.span.start && p.span.start - m.span.end < 80 && roleApposedBefore(between(doc, m.span.end, p.span.start)));
    if (roleBefore) return { ...p, source: { ...p.source, country: roleBefore.state ?? roleBefore.entity } };
    // "Foreign Minister Ana Ruiz of Chile said": the state named right after the name, joined by "of".
    const ofState = doc.mentions.find((m) => m.kind === "state" && (m.form === "name" || m.form === "alias") && m.span.start >= p.span.end && /^\s+of\s+(?:the\s+)?$/.test(between(doc, p.span.end, m.span.start)));
    if (ofState) return { ...p, source: { ...p.source, country: ofState.state ?? ofState.entity } };
    // "Norway shipped ..., Defence Minister X said": a minister with no state named serves the state that opens the sentence, else the state the report is about.
    if (/\bMinist(?:er|ry)\s+(?:of\s+\p{Lu}\p{Ll}+\s+)?$/u.test(doc.text.slice(Math.max(0, p.span.start - 40), p.span.start)) && titledRun(doc, p)) {
      const sentence = doc.sentences.find((s) => s.span.start <= p.span.start && p.span.start < s.span.end);
      const opening = sentence && doc.mentions.find((m) => m.kind === "state" && m.form !== "adjective" && m.span.start >= sentence.span.start && m.span.end <= p.span.start && tokens(doc.text.slice(sentence.span.start, m.span.start)) <= 1);
      // ("Russia has not delivered the arms Chile paid for, Defence Minister X said": the one state that pays speaks of its money.)
      const payers = sentence ? statesActing(doc, sentence.span, "pay") : [];
      const state = payers.length === 1 ? payers[0] : opening ? opening.state ?? opening.entity : titleGovernmentVoice(doc, p.span.start) ?? ownStateBesideFocus(doc, sentence?.span) ?? documentFocus(doc);
      if (state) return { ...p, source: { ...p.source, country: state } };
    }
    return p;
  });
  // A role or body right before its holder ("spokesperson Dmitry Peskov", "NATO Secretary General Jens Stoltenberg") is the person's title, no second source.
  // ("the ministry's spokesman, Ann Roux, said": a role set off before the name by commas is the name's apposition, no one else.)
  const apposed = (s: Speaker, p: Speaker) => s.kind === "unnamed" && /^,\s+$/.test(doc.text.slice(s.span.end, p.span.start)) && /^\s*,/.test(doc.text.slice(p.span.end, p.span.end + 3));
  const titleOf = (s: Speaker) => s.kind !== "person" && merged.some((p) => p.kind === "person" && p.span.start >= s.span.end && (roleGap.test(doc.text.slice(s.span.end, p.span.start)) || apposed(s, p)));
  // ("state media KCNA reported", "the state news agency, IRNA, said": the media named before an outlet describe it.)
  const outletDescribed = (s: Speaker) => (s.kind === "media" || (s.kind === "outlet" && /\bmedia$/i.test(s.source.org ?? ""))) && merged.some((o) => o !== s && o.kind === "outlet" && o.span.start >= s.span.end && /^,?\s+$/.test(doc.text.slice(s.span.end, o.span.start)));
  return merged.filter(
    (s) => !titleOf(s) && !outletDescribed(s) && !(s.kind !== "person" && merged.some((p) => p.kind === "person" && p.source.country === s.source.country && s.source.country !== null)),
  );
}

// ", and a Kremlin spokesman ... called": the words between one verb of saying and the next speaker open a clause of its own.
const ownClauseJoin = /^[^.;:“”"]{0,160}?,\s+(?:and|while|but)\s+(?:\S+\s+){0,2}$/;

/** Between speakers named after a verb of saying: "and", a comma, or title words ("said army chief of staff General"). */
const invertedGap = /^(?:\s*,?\s*(?:and\s+)?|(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|the|chief|staff|head|spokes\w+|minister|secretary|director|commander|general|official))+\s+)$/u;

/** Between a role and its holder: nothing, a possessive, or title words ("'s Spokesperson", " Secretary General "). */
const roleGap = /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|chief|staff|head|deputy|spokes(?:man|woman|person)|spox|commander|minister|secretary|director|general|advis[eo]r|envoy|ambassador|press|officer))*\s+$/u;

/** Is a gap nothing but title words (" Defence Minister ", "'s defence minister ", " army chief ")? */
const titleRun = (gap: string) => /^(?:['’]s)?(?:\s+[\p{L}-]+)+\s+$/u.test(gap) && gap.replace(/^['’]s/, "").trim().split(/\s+/).every((w) => titleWords.has(w) || lowerTitleWords.has(w.toLowerCase()));
const lowerTitleWords = new Set(speechData.roleWords);

/**
 * Is a gap a state's role set off by a comma before its holder: "'s army chief, General ", " defence minister, Mr ",
 * "'s military leader, Senior General "? Role words of speech.json (roleWords, personTitles) up to the comma, title words after it.
 *
 *     roleApposedBefore("'s army chief, General ") -> true;  roleApposedBefore(" tanks, said ") -> false
 */
export function roleApposedBefore(gap: string): boolean {
  const m = /^(?:['’]s)?((?:\s+[\p{Ll}-]+){1,4}),\s+((?:\p{Lu}[\p{L}.]*\s+){0,3})$/u.exec(gap);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/);
  return personTitles.has(words[words.length - 1]) && words.every((w) => lowerTitleWords.has(w) || personTitles.has(w)) && m[2].trim().split(/\s+/).filter(Boolean).every((w) => titleWords.has(w.replace(/\.$/, "")));
}

/**
 * "Shells bought by the Czech-led fund reached Ukraine, Prime Minister X said": where the sentence names the state the
 * report is about and one other state, a minister with no state of their own serves that other state, not the one
 * spoken about (the report's subject is most often the state that receives); the sentence must not be set in the
 * seat of the state in focus.
 */
function ownStateBesideFocus(doc: ArmsDocument, span: Span | undefined): string | null {
  const focus = documentFocus(doc);
  if (!span || !focus) return null;
  const mentions = doc.within(doc.mentions, span).filter((m) => m.kind === "state");
  // ("signed in Warsaw": the seat of the state in focus where the minister speaks makes it theirs.)
  if (mentions.some((m) => m.form === "seat" && (m.state ?? m.entity) === focus)) return null;
  const states = new Set(mentions.filter((m) => m.form !== "seat").map((m) => m.state ?? m.entity));
  if (!states.has(focus)) return null;
  // ("The minister said Chile had paid Brazil for the jets": the state in focus gives or pays itself; the minister serves it.)
  if (statesActing(doc, span, "give").includes(focus)) return focus;
  states.delete(focus);
  if (states.size !== 1) return null;
  const other = [...states][0];
  // (Not where the other state is where the goods go, "Norway had shipped 300 containers to Ukraine": the minister
  // serves the giver, here the state in focus.)
  const receives = mentions.some((m) => (m.state ?? m.entity) === other && /\b(?:to|for|into)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(span.start, m.span.start - 12), m.span.start)));
  return receives ? null : other;
}

/**
 * The states that stand as the subject of a verb of giving or of paying in a sentence (transfer-cues.json give, and
 * paySum for paying: "thanked", "asked" pay nothing themselves): a state's name or seat, then only auxiliaries,
 * adverbs or "not" before the verb ("Chile had already paid"), no form of "be" among them ("Ukraine have been
 * delivered" is passive: the state gives nothing). For "give", the payers count too (one who pays gives the money).
 *
 *     statesActing("... said Chile had paid Brazil ...", "pay") -> ["CHL"]
 */
function statesActing(doc: ArmsDocument, span: Span, role: "give" | "pay"): string[] {
  const mentions = doc.within(doc.mentions, span).filter((m) => m.kind === "state" && m.form !== "adjective" && m.form !== "role");
  if (!mentions.length) return [];
  const verbs = findClassified(transferAll, doc.slice(span), span.start).filter((t) => (t.label === "pay" && paying.test(t.text)) || (role === "give" && t.label === "give"));
  if (!verbs.length) return [];
  const words = taggedWords(doc, span);
  const out = new Set<string>();
  for (const m of mentions) {
    let i = words.findIndex((w) => w.span.start >= m.span.end);
    let passive = false;
    while (i >= 0 && i < words.length && (words[i].pos === "AUX" || words[i].pos === "ADV" || words[i].pos === "PART")) passive ||= words[i++].lemma === "be";
    const verb = i >= 0 ? words[i] : undefined;
    if (!passive && verb && verb.pos === "VERB" && verbs.some((t) => t.start === verb.span.start)) out.add(m.state ?? m.entity);
  }
  return [...out];
}
const paying = new RegExp(`^(?:${(transferData.paySum as string[]).join("|")})$`, "i");

/** Are the words right before a person all titles ("Defense Minister")? */
function titledRun(doc: ArmsDocument, p: Speaker): boolean {
  const words = /((?:\p{Lu}\p{Ll}+\s+)+)$/u.exec(doc.text.slice(Math.max(0, p.span.start - 40), p.span.start))?.[1].trim().split(/\s+/) ?? [];
  return words.length > 0 && words.every((w) => titleWords.has(w));
}

/** The state of a role set after a name between commas: ", Seoul's top adviser,", ", the Danish defence minister,", ", the country's envoy," (the state in focus). */
function appositionState(doc: ArmsDocument, p: Speaker): string | null {
  const rest = doc.text.slice(p.span.end, p.span.end + 90);
  // (", who heads Chile's navy," names the role too; ", speaking beside Peru's defence chief," names company, no role.)
  const phrase = /^,\s+((?:the|a|an)\s+|who\s+(?:heads|leads|runs|chairs|commands|directs)\s+)?([^,;.“”"]{3,70})(?:,|\.?\s*$|\.\s)/.exec(rest);
  const holds = phrase && /^who\b/.test(phrase[1] ?? "");
  if (!phrase || /^\p{Ll}+ing\b|\b(?:with|alongside|beside|next to|after|before|meeting|met)\b/u.test(phrase[2])) return null;
  if (!holds && !/\b(?:minister|adviser|advisor|spokes\w+|envoy|ambassador|official|secretary|chief|commander|director|head|president|premier|aide)\b/i.test(phrase[2])) return null;
  const from = p.span.end + phrase[0].indexOf(phrase[2]);
  const state = doc.mentions.find((m) => m.kind === "state" && m.span.start >= from && m.span.end <= from + phrase[2].length);
  if (state) return state.state ?? state.entity;
  return /^country['’]s\b/i.test(phrase[2]) ? documentFocus(doc) : null;
}

function sameSource(a: Source, b: Source): boolean {
  return a.speaker === b.speaker && a.org === b.org && a.country === b.country;
}



/** Making a document or a finding known: the body that does is whose work "the report" or "the monitors" is. */
const issues = new RegExp(`\\b(?:${speechData.issuingVerbs.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\s+(?:\\S+\\s+){0,4}?(?:report|reports|survey|study|investigation|findings|assessment|analysis|review|paper|data|figures)\\b`, "i");

/** A document named with its maker: "a study by X", "the second report of X", "an assessment from X", "X's annual report" (a maker named in lower case with its initials: "from the new arms monitoring panel (AMP)"). */
const reportBy = /\b(?:report|survey|study|investigation|assessment|analysis|review|paper|findings|dossier|audit)\s+(?:(?:released|published|compiled|issued|prepared)\s+)?(?:by|of|from)\s+(?:the\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+){1,4}\(\p{Lu}{2,8}\))|\p{Lu}[\p{L}.-]*['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:report|survey|study|assessment|analysis|review|findings)\b/u;

/** Speaking through a document: "said in a report", "wrote in its annual assessment", "found in a study". */
const saidInReport = /\b(?:said|says|wrote|writes|found|finds|concluded|concludes|stated|states|noted|notes|warned|warns|estimated|estimates)\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:report|survey|study|assessment|analysis|review|paper)\b/i;

const hedged = /\b(?:allegedly|reportedly|purportedly|supposedly)\b/i;

/** The attribution of the sentence right before `index`, if any (searched from the end: attributions come in sentence order). */
function previousAttribution(doc: ArmsDocument, index: number): Attribution | undefined {
  for (let i = doc.attributions.length - 1; i >= 0; i--) {
    const a = doc.attributions[i];
    if (a.sentence === index - 1) return a;
    if (a.sentence < index - 1) return undefined;
  }
  return undefined;
}

/** "believed to have sent", "said to be": a participle of saying before "to", passive without its "is". */
function passiveInfinitive(text: string, verb: { end: number; text: string }): boolean {
  return /ed$|^said$/i.test(verb.text) && /^\s+to\s+\p{Ll}/u.test(text.slice(verb.end, verb.end + 12));
}

/**
 * Whether `at` lies in a clause after a comma that speaks of another figure or statement: "..., a rise from
 * the 10,000 that X cited", "..., five times the figure the ministry published in October", "..., up from 6,700
 * in February". Its verbs and dates belong to that other statement.
 *
 *     "X believes 13,000 went, a rise from the 10,000 that Y cited in June." (at "cited") -> true
 */
export function otherStatementClause(text: string, sentence: Span, at: number): boolean {
  const before = text.slice(sentence.start, at);
  // The last comma that is no thousands separator ("5,000").
  let comma = before.length;
  do comma = before.lastIndexOf(",", comma - 1);
  while (comma > 0 && /\d/.test(before[comma - 1]) && /\d/.test(before[comma + 1] ?? ""));
  if (comma < 0) return false;
  const clause = before.slice(comma + 1);
  if (/[“”"]/.test(clause)) return false;
  return otherStatement.test(clause);
}
const otherStatement = new RegExp(
  [
    // "a rise from", "up from about 6,700"
    String.raw`^\s*(?:(?:a|an|the)\s+)?(?:rise|jump|increase|drop|fall|decline|up|down)\s+from\b`,
    // "five times the figure", "double the number"
    String.raw`^\s*(?:\S+\s+){0,2}(?:times|double|twice|half)\s+the\b`,
    // "the figure (that) the ministry gave", "the 10,000 that X cited"
    String.raw`^\s*(?:(?:a|an|the|its|their)\s+|\S*\d\S*\s+)(?:\S+\s+){0,3}?(?:(?:figure|number|total|estimate|count|tally|amount)s?\s+(?:that\s+|which\s+)?(?:the|a|an|\p{Lu}\p{L}*)\b|(?:that|which)\s+(?!(?:is|are|was|were|has|have|had|will|would|could|may|might)\b))`,
  ].join("|"),
  "iu",
);

// The noun of a reckoning after a possessive, with words of speech.json reckoningQualifiers before it ("'s own count", "'s customs count").
const reckoningNouns = wordPatterns("reckoningNouns", speechData.reckoningNouns).join("|");
const reckoningNoun = new RegExp(`^(?:['’]s?)?\\s+(?:(?:${speechData.reckoningQualifiers.join("|")})\\s+){0,2}(?:${reckoningNouns})\\b`, "i");
// ("Washington, which by its own accounting committed ...": a relative clause right after the speaker says the reckoning is its own.)
const ownReckoningAfter = new RegExp(`^,\\s+(?:which|who)\\s+(?:by|on|in)\\s+(?:its|their|his|her)\\s+(?:(?:${speechData.reckoningQualifiers.join("|")})\\s+){0,2}(?:${reckoningNouns})\\b`, "i");

/** "by Seoul's count", "on the ministry's estimates", "in Kyiv's own assessment": a speaker whose reckoning a figure is ("by Beijing's customs count": the state's). */
function reckoningOf(text: string, span: Span): boolean {
  return (
    // ("by its own defence ministry's count": the body whose reckoning it is, after the state's own.)
    /\b(?:by|on|in|to)\s+(?:the\s+|(?:its|their)\s+(?:own\s+)?)?$/i.test(text.slice(Math.max(0, span.start - 16), span.start)) &&
    reckoningNoun.test(text.slice(span.end, span.end + 40))
  );
}

/**
 * "said last week": a span of days, first to last ("2024-03-04/2024-03-10"), no day to date the statement by (its first
 * or middle day would date it early, link/occasion.ts); cut at the report's day, none where it starts after it.
 */
function daySpan(p: { start: string | null; end: string | null }, published: string | null): string | null {
  const end = published && p.end! > published ? published : p.end!;
  return end > p.start! ? `${p.start}/${end}` : null;
}

/** A period of a few days to ten, told by its first and last day ("last week", "earlier this week"). */
function weekWide(p: { start: string | null; end: string | null }): boolean {
  if (!p.start || !p.end || p.start.length !== 10 || p.end.length !== 10) return false;
  const days = (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
  return days >= 2 && days <= 10;
}

/** "said it had", "said that", "said they would": what follows the verb is what is said, not who says it (speech.json selfPronouns, and "that", "he", "she"). */
const saidClauseOpens = new RegExp(`^\\s+(?:that|he|she|${speechData.selfPronouns.join("|")})\\b`, "i");
