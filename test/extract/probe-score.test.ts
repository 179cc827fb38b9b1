// Reports written for the project (test/fixtures/probe, probe-blind, probe-holdout, probe-fresh, probe-wide, probe-sixth, probe-seventh, probe-eighth, probe-ninth, probe-tenth, probe-eleventh, probe-twelfth, probe-thirteenth, probe-fourteenth, probe-fifteenth, probe-sixteenth, probe-seventeenth, probe-eighteenth, probe-nineteenth, probe-twentieth, probe-twentyfirst, probe-twentysecond, probe-twentythird, probe-twentyfourth, probe-twentyfifth, probe-twentysixth, probe-twentyseventh, probe-twentyeighth, probe-twentyninth, probe-thirtieth, probe-thirtyfirst, probe-thirtysecond, probe-thirtythird, probe-thirtyfourth, probe-thirtyfifth, probe-thirtysixth, probe-thirtyseventh, probe-thirtyeighth, probe-thirtyninth, probe-fortieth, probe-fortyfirst, probe-fortysecond and probe-fortythird), scored with the evaluation
// kit's scorer: real-world kinds of pages (menus, "read also" boxes, raw HTML, retellings), in wording no rule was
// written on when they were made. `probe`, `probe-blind` and `probe-wide` were scored blind once, then used to find kinds of
// misses; `probe-fresh`, `probe-holdout`, `probe-sixth`, `probe-seventh`, `probe-eighth`, `probe-ninth`, `probe-tenth`, `probe-eleventh`, `probe-twelfth`, `probe-thirteenth`, `probe-fourteenth`, `probe-fifteenth`, `probe-sixteenth`, `probe-seventeenth`, `probe-eighteenth`, `probe-nineteenth`, `probe-twentieth`, `probe-twentyfirst`, `probe-twentysecond`, `probe-twentythird`, `probe-twentyfourth`, `probe-twentyfifth`, `probe-twentysixth`, `probe-twentyseventh`, `probe-twentyeighth`, `probe-twentyninth`, `probe-thirtieth`, `probe-thirtyfirst`, `probe-thirtysecond`, `probe-thirtythird`, `probe-thirtyfourth`, `probe-thirtyfifth`, `probe-thirtysixth`, `probe-thirtyseventh`, `probe-thirtyeighth`, `probe-thirtyninth` and `probe-fortieth` since; `probe-fortyfirst`, `probe-fortysecond` and `probe-fortythird` are kept for measuring: nobody reads their misses. The floors sit a little below what each
// reached; raise them when the scores rise.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractAll } from "../../src/cli/extract-all.js";
import { readInputs } from "../../src/ingest/read-files.js";
import { needs, SHARED } from "../services.js";

const scorer = join(SHARED, "eval", "score.mjs");
const present = needs("shared", existsSync(scorer), `missing ${scorer}`);

interface Score {
  f1: number;
  slots: Record<"quantity" | "period" | "certainty" | "source", { accuracy: number }>;
  links?: { precision: number; recall: number };
}

// Blind scores when written (2026-12-02): probe f1 0.649, probe-blind 0.614, probe-holdout 0.589 (reading of that
// hour; the code of the morning scored 0.646, 0.614 and 0.594). Measured 2026-12-03 00:05: probe f1 0.736 (quantity
// 0.971, period 0.966, certainty 0.901, source 0.906), probe-blind 0.813 (0.824, 0.714, 0.88, 0.919), probe-holdout
// 0.605 (0.875, 0.818, 0.872, 0.71). Floors sit a little below. The holdout is for measuring: nobody reads its misses.
// probe-fresh (20 pages, 2026-12-03) was scored blind at 0.557 and is a second holdout. Measured 2026-12-03 02:50:
// probe 0.819 (0.972, 0.967, 0.883, 0.946), probe-blind 0.884 (0.833, 0.778, 0.86, 0.929), probe-holdout 0.615
// (0.875, 0.833, 0.875, 0.719), probe-fresh 0.579 (0.875, 0.655, 0.83, 0.618).
// probe-wide (20 pages, 115 claims, 22 cross-document links, 2026-12-03) was scored blind at 0.619 (0.93, 0.848,
// 0.815, 0.634; links 5 right of 7, 22 in gold), then opened as a development set. Its quantity floor is 0.89 since the
// givers of runs and the sources' asides were read (f1 0.638 -> 0.708): one more pair is a count told as "an equal number".
// Measured 2026-12-03 05:58: probe 0.842 (0.972, 0.967, 0.896, 0.964), probe-blind 0.93 (0.816, 0.789, 0.867, 0.955),
// probe-holdout 0.625 (0.824, 0.846, 0.9, 0.75), probe-fresh 0.624 (0.853, 0.655, 0.879, 0.718), probe-wide 0.708
// (0.898, 0.857, 0.851, 0.86).
// probe-sixth (20 pages, 115 claims, 23 cross-document links, 2026-12-03) was scored blind at 0.685 (0.878, 0.872,
// 0.784, 0.804; links 6 right of 6, 23 in gold) and is a third holdout: nobody reads its misses. Measured 2026-12-03
// 09:05: probe 0.856 (0.972, 0.967, 0.912, 0.966), probe-blind 0.953 (0.816, 0.842, 0.918, 0.956), probe-holdout 0.615
// (0.824, 0.846, 0.9, 0.75), probe-fresh 0.631 (0.853, 0.655, 0.898, 0.725), probe-wide 0.743 (0.922, 0.865, 0.897,
// 0.87), probe-sixth 0.685 (0.878, 0.872, 0.784, 0.804).
// probe-fresh was opened for development on 2026-12-03 (0.631 then). probe-seventh (20 pages, 115 claims, 18
// cross-document links, spread over aid to Ukraine, other theatres, Russia's suppliers and distractors) was scored
// blind at 0.556 (0.826, 0.767, 0.877, 0.704; links 0 of 18) and is a third holdout with probe-holdout and
// probe-sixth: nobody reads their misses. Measured 2026-12-03 12:02: probe 0.86 (0.973, 0.968, 0.925, 0.983),
// probe-blind 0.953 (0.816, 0.842, 0.918, 0.956), probe-holdout 0.636 (0.824, 0.846, 0.905, 0.765), probe-fresh 0.73
// (0.895, 0.727, 0.938, 0.889), probe-wide 0.798 (0.927, 0.85, 0.885, 0.885), probe-sixth 0.694 (0.88, 0.875, 0.8,
// 0.804), probe-seventh 0.551 (0.826, 0.733, 0.877, 0.741).
// probe-holdout was opened for development on 2026-12-03 (0.636 then). probe-eighth (20 pages, 9 HTML, 130 claims, 20
// cross-document links; aid to Ukraine, other theatres, North Korea, Iran, China and Belarus with Russia, distractors)
// was scored blind at 0.583 (0.935, 0.897, 0.8, 0.675; links 1 of 20) and is a holdout with probe-sixth and
// probe-seventh. Measured 2026-12-03 14:25: probe 0.878 (0.975, 0.97, 0.94, 0.984), probe-blind 0.953 (0.816, 0.842,
// 0.918, 0.933), probe-holdout 0.677 (0.824, 0.846, 0.907, 0.765), probe-fresh 0.782 (0.9, 0.735, 0.929, 0.875),
// probe-wide 0.835 (0.93, 0.857, 0.89, 0.906), probe-sixth 0.71 (0.885, 0.881, 0.805, 0.787), probe-seventh 0.553
// (0.826, 0.733, 0.877, 0.741), probe-eighth 0.601 (0.935, 0.897, 0.836, 0.69).
// At 14:56 after the last merges: probe 0.884, probe-wide 0.844 (links 0.933 / 0.636), probe-sixth 0.72, probe-eighth 0.607.
// Later on 2026-12-03 (the afternoon's work): probe-sixth was opened for development
// (0.72 then) and probe-ninth (20 pages, 9 HTML, 127 claims, 21 cross-document links; all four topics and distractors)
// was written blind and scored 0.576 (0.827, 0.818, 0.882, 0.54; links 2 of 21); it is a holdout with probe-seventh
// and probe-eighth. Measured 17:21 after the day's merges: probe 0.884 (0.976, 0.97, 0.94, 0.984), probe-blind 0.953
// (0.816, 0.895, 0.918, 0.933), probe-holdout 0.742 (0.857, 0.889, 0.918, 0.925), probe-fresh 0.791 (0.9, 0.735,
// 0.929, 0.875), probe-wide 0.844 (0.947, 0.857, 0.902, 0.923), probe-sixth 0.765 (0.891, 0.935, 0.892, 0.843; links
// 18 of 23), probe-seventh 0.567 (0.833, 0.688, 0.881, 0.759), probe-eighth 0.607 (0.936, 0.897, 0.853, 0.698),
// probe-ninth 0.576 (0.827, 0.818, 0.882, 0.54).
// 2026-12-03 evening: probe-seventh opened for development (0.567 then); probe-tenth (20 pages, 9 HTML, 125 claims, 18
// cross-document links; all four topics and distractors) written blind, 0.645 when written, kept blind with probe-eighth
// and probe-ninth. After the evening's merges: probe-fresh 0.800 (period 0.824), probe-wide 0.843 (links 1.0 / 0.636),
// probe-holdout 0.766 (0.857, 0.944, 0.959, 0.975), probe-sixth 0.787 (0.893, 0.915, 0.918, 0.906), probe-seventh 0.573
// (0.854, 0.688, 0.932, 0.828), probe-eighth 0.613 (0.936, 0.897, 0.853, 0.744), probe-ninth 0.576 (0.827, 0.818, 0.882,
// 0.56), probe-tenth 0.647 (0.865, 0.8, 0.885, 0.848).
// 2026-12-03 late: probe-eighth opened for development (0.613 then); probe-eleventh (20 pages, 9 HTML, 94 claims, 22
// cross-document links; all four topics and distractors) written blind, 0.605 when written, kept blind with probe-ninth
// and probe-tenth. After the night's merges: probe-holdout 0.797 (0.857, 0.944, 0.961, 1), probe-sixth 0.829 (0.897,
// 0.915, 0.924, 0.915), probe-seventh 0.65 (0.87, 0.703, 0.909, 0.848), probe-eighth 0.633 (0.918, 0.9, 0.871, 0.8),
// probe-ninth 0.579 (0.827, 0.848, 0.882, 0.62), probe-tenth 0.645 (0.865, 0.8, 0.91, 0.848), probe-eleventh 0.627
// (0.842, 0.7, 0.845, 0.78).
// 2026-12-04: probe-ninth opened for development (0.579 then); probe-twelfth (20 pages, 9 HTML, 93 claims, 20
// cross-document links; all four topics and distractors) written blind, 0.503 when written, kept blind with probe-tenth
// and probe-eleventh. After the night's merges: probe-wide 0.853 (0.93, 0.878, 0.925, 0.924), probe-seventh 0.653,
// probe-eighth 0.69 (0.911, 0.941, 0.886, 0.852), probe-ninth 0.669 (0.869, 0.857, 0.9, 0.758), probe-tenth 0.645,
// probe-eleventh 0.638 (0.846, 0.714, 0.847, 0.762), probe-twelfth 0.507 (0.852, 0.615, 0.737, 0.5).
// 2026-12-04 later: probe-tenth opened for development (0.645 then); probe-thirteenth (20 pages, 9 HTML, 96 claims, 21
// cross-document links; all four topics and distractors) written blind, 0.576 when written, kept blind with
// probe-eleventh and probe-twelfth. After the merges: probe-fresh 0.811, probe-sixth 0.837, probe-seventh 0.673 (0.893,
// 0.692, 0.912, 0.886), probe-eighth 0.708 (0.912, 0.914, 0.875, 0.87), probe-ninth 0.703, probe-tenth 0.672 (0.872,
// 0.778, 0.902, 0.86), probe-eleventh 0.638, probe-twelfth 0.517 (0.857, 0.643, 0.744, 0.517), probe-thirteenth 0.583
// (0.861, 0.781, 0.833, 0.75).
// 2026-12-04, last: probe-eleventh opened for development (0.638 then); probe-fourteenth (20 pages, 9 HTML, 94 claims, 22
// cross-document links; all four topics and distractors) written blind, 0.631 when written (0.864, 0.81, 0.868,
// 0.558), kept blind with probe-twelfth and probe-thirteenth. After the merges: probe-fresh 0.816, probe-wide 0.858,
// probe-holdout 0.813, probe-seventh 0.70, probe-eighth 0.748 (0.935, 0.921, 0.872, 0.833), probe-ninth 0.708,
// probe-tenth 0.70 (0.833, 0.778, 0.906, 0.83), probe-eleventh 0.652, later probe-ninth 0.719; the blind three unchanged. (probe-eighth source
// 47/54 -> 50/60 and probe-tenth quantity 34/39 -> 35/42: more right, over more pairs, so the shares fell; floors follow.)
// 2026-12-04, after that: probe-twelfth opened for development (0.517 then); probe-fifteenth (20 pages, 9 HTML, 103 claims, 24
// cross-document links; all four topics and distractors) written blind, 0.607 when written (0.921, 0.70, 0.793,
// 0.667), kept blind with probe-thirteenth and probe-fourteenth.
// Then the sources of full-titled ministries, headlines, delivery lists, labelled lines and witnesses to briefings were read:
// source probe-fresh 0.878, probe-seventh 0.919, probe-eighth 0.883, probe-ninth 0.853, probe-tenth 0.849, probe-eleventh 0.854,
// probe-twelfth 0.552; probe-ninth f1 0.714 (one running total of a sentence whose speaker is now the ministry, no longer
// "the government", lost its direction); the blind three unchanged. Source floors follow.
// Year spans ("in 2020-24", "the first nine months of this year", "so far this year", "from March to October 2024") and
// transfers still awaited: period probe-eighth 0.921 -> 0.947, probe-ninth 0.865 -> 0.892, probe-tenth 0.778 -> 0.917,
// probe-eleventh 0.75 -> 0.85; certainty probe-eleventh 0.881 -> 0.915; floors follow.
// Then arms on duty or in place in a state, payers that buy for a state, and infinitives of saying: probe-ninth 0.727,
// probe-eleventh 0.667, probe-twelfth 0.564, probe-fourteenth 0.655 (probe-thirteenth 0.58, one claim more); floors follow.
// Then goods given to a class of states named by a trait and a state inside a relative aside owning no works' output:
// probe-sixth 0.847, probe-twelfth 0.584; the probe-twelfth floor follows.
// Credits to the press by its kind, credits to a report whose author is named, "reported to have", "not in a position to
// confirm": certainty probe-eighth 0.885 -> 0.897, probe-tenth 0.918 -> 0.953, probe-twelfth 0.795 -> 0.818; floors follow.
// 2026-12-04, the next stop: probe-thirteenth opened for development (0.585 then); probe-sixteenth (20 pages, 9 HTML, 100
// claims, 26 cross-document links; all four topics and distractors) written blind, 0.589 when written (0.636, 0.867,
// 0.792, 0.75), kept blind with probe-fourteenth and probe-fifteenth.
// Sources made known "by" or spoken "through" someone, bodies of "its" state or of a state's possessive, bodies named
// without their state's adjective, "the agency" back to the agency: source probe-fresh 0.878 -> 0.918, probe-ninth 0.845
// -> 0.873, probe-tenth 0.868 -> 0.943, probe-eleventh 0.86 -> 0.884, probe-twelfth 0.545 -> 0.636, probe-thirteenth
// 0.75 -> 0.889; f1 unchanged everywhere, the blind three too. Source floors follow.
// The headlines of web pages' "Read also" boxes read, and a headline's lone receiver of giving taken by the givers a
// body names alone: probe-seventh 0.70 -> 0.718, probe-eighth 0.757 -> 0.793, probe-twelfth 0.594 -> 0.603; f1 floors follow.
// Parties: Russia's Africa Corps gives as Russia, a group's commander names the group ("Haftar's forces"), a denial
// voiced by its speakers keeps the flow of its goods, one met at a news conference is no party: probe-thirteenth
// 0.585 -> 0.618, probe-seventh 0.7 -> 0.706, probe-tenth 0.705 -> 0.711, probe-eleventh 0.678 -> 0.689; its floor follows.
// 2026-12-04, hedges: an order's, contract's or approval's date starts a delivery ahead and dates a clause right after it;
// signed deals and days agreed to sell are possible, promises kept are asserted: period probe-fresh 0.824 -> 0.853,
// probe-seventh 0.762 -> 0.833, probe-twelfth 0.7 -> 0.75; certainty probe-wide 0.938 -> 0.958, probe-seventh 0.947 -> 0.973,
// probe-eighth 0.906 -> 0.917, probe-ninth 0.912 -> 0.923, probe-thirteenth 0.866 -> 0.896, probe-fourteenth 0.86 -> 0.877;
// f1 unchanged everywhere, the blind two too. Floors follow.
// 2026-12-04 18:00: second figures of one flow or output (the level it rose from, a running total, a further lot
// expected), goods moved "in parts", sums for the goods named after them and sums in military financing: probe-fresh
// 0.823 -> 0.828, probe-seventh 0.735 -> 0.741, probe-eighth 0.81 -> 0.82, probe-ninth 0.749 -> 0.754, probe-tenth
// 0.727 -> 0.733, probe-twelfth 0.637 -> 0.641; the blind two unchanged; f1 floors follow. (probe-tenth source 0.927 ->
// 0.911, under its floor: the earlier output level of a firm's statement pairs, with the firm's name read as a speaker as
// for its first figure; the firm's source is still to be read.)
// 2026-12-04 18:00: deals priced in the sentence after them, goods stationed in another state and further lots one
// expects raise probe-blind 0.961 -> 0.969, probe-wide 0.869 -> 0.874, probe-sixth 0.865 -> 0.87, probe-seventh
// 0.735 -> 0.748; their f1 floors follow (figure - 0.01).
// 2026-12-04, the next stop's merges (one thing told twice in one sentence merged; goods a state earmarks or spends
// money on; goods named after 'for' that other goods serve; weapon systems read by family; ranks of packages never a
// count; speakers quoted 'as promising' and roles before a name; transcript labels; 'the same report'; periods from
// 'since the 2021 coup'): f1 probe-fresh 0.828 -> 0.832, probe-wide 0.874 -> 0.878, probe-sixth 0.87 -> 0.874,
// probe-seventh 0.754 -> 0.757, probe-eighth 0.82 -> 0.843, probe-ninth 0.754 -> 0.765, probe-tenth 0.73 -> 0.749,
// probe-eleventh 0.711 -> 0.737, probe-thirteenth 0.676 -> 0.689, probe-fourteenth 0.671 -> 0.675, probe-fifteenth
// 0.625 -> 0.635; blind probe-sixteenth 0.589 -> 0.596, probe-seventeenth 0.659 -> 0.674, probe-eighteenth 0.63 (flat).
// f1 floors follow (figure - 0.01). probe-tenth source 0.911 -> 0.879 and probe-seventeenth quantity 0.811 -> 0.789:
// the right counts did not fall (51 right sources; 30 right quantities), the claims found anew pair with wrong ones.
const FLOORS: Record<string, { f1: number; quantity: number; period: number; certainty: number; source: number }> = {
  probe: { f1: 0.928, quantity: 0.96, period: 0.96, certainty: 0.92, source: 0.95 },
  "probe-blind": { f1: 0.967, quantity: 0.88, period: 0.87, certainty: 0.94, source: 0.91 },
  "probe-holdout": { f1: 0.892, quantity: 0.88, period: 0.96, certainty: 0.93, source: 0.96 },
  "probe-fresh": { f1: 0.866, quantity: 0.89, period: 0.84, certainty: 0.9, source: 0.89 },
  "probe-wide": { f1: 0.889, quantity: 0.96, period: 0.89, certainty: 0.94, source: 0.91 },
  "probe-sixth": { f1: 0.886, quantity: 0.94, period: 0.89, certainty: 0.92, source: 0.89 },
  // (probe-seventh period 0.71 -> 0.67: a state's body that says "it" now lends its state, and two more claims pair
  // (f1 0.553 -> 0.567); the periods read right stay 22, over 32 pairs instead of 30.)
  // (2026-12-04, after every merge of the stop: probe-seventh period 0.818, certainty 0.949 and source 0.878 where one
  // branch alone gave 0.833, 0.973 and 0.897: the claims the other rules added (a deal's price, expected lots) pair
  // with their own period, certainty and source, most right, some not; probe-tenth source 0.911 as told above. These
  // floors follow the merged figures; probe-thirteenth, probe-fourteenth and probe-fifteenth rose and theirs with them.)
  "probe-seventh": { f1: 0.821, quantity: 0.9, period: 0.83, certainty: 0.94, source: 0.89 },
  "probe-eighth": { f1: 0.868, quantity: 0.94, period: 0.92, certainty: 0.9, source: 0.94 },
  "probe-ninth": { f1: 0.854, quantity: 0.91, period: 0.93, certainty: 0.91, source: 0.87 },
  "probe-tenth": { f1: 0.857, quantity: 0.9, period: 0.93, certainty: 0.94, source: 0.88 },
  "probe-eleventh": { f1: 0.829, quantity: 0.89, period: 0.92, certainty: 0.92, source: 0.9 },
  "probe-twelfth": { f1: 0.773, quantity: 0.85, period: 0.83, certainty: 0.85, source: 0.81 },
  // (This round's merged f1 floors: a little under probe-wide 0.869, probe-sixth 0.865, probe-seventh 0.735, probe-eighth
  // 0.81, probe-ninth 0.749, probe-tenth 0.727, probe-eleventh 0.711, probe-twelfth 0.637, probe-thirteenth 0.654,
  // probe-fourteenth 0.671, probe-fifteenth 0.625.)
  // (probe-thirteenth source 0.889 with the source rules alone, 0.846 after every merge of the round: the claims the other
  // rules added pair with 33 right sources of 39 instead of 32 of 36; the floor follows the merged figure.)
  "probe-thirteenth": { f1: 0.802, quantity: 0.96, period: 0.89, certainty: 0.88, source: 0.87 },
  "probe-fourteenth": { f1: 0.829, quantity: 0.93, period: 0.96, certainty: 0.89, source: 0.91 },
  "probe-fifteenth": { f1: 0.758, quantity: 0.93, period: 0.88, certainty: 0.83, source: 0.85 },
  "probe-sixteenth": { f1: 0.801, quantity: 0.93, period: 0.94, certainty: 0.86, source: 0.79 },
  // (2026-12-04, a new stop: probe-fourteenth opened for development (0.671 then); probe-seventeenth (20 pages, 9 HTML,
  // 99 claims, 32 cross-document links) written blind, 0.659 when written (0.811, 0.815, 0.787, 0.696), kept blind with
  // probe-fifteenth and probe-sixteenth.)
  "probe-seventeenth": { f1: 0.819, quantity: 0.92, period: 0.93, certainty: 0.87, source: 0.83 },
  // (2026-12-04, the stop after: probe-fifteenth opened for development (0.625 then); probe-eighteenth (20 pages, 9 HTML,
  // 94 claims, 25 cross-document links) written blind, 0.63 when written (0.767, 0.765, 0.843, 0.714), kept blind with
  // probe-sixteenth and probe-seventeenth.)
  "probe-eighteenth": { f1: 0.808, quantity: 0.83, period: 0.81, certainty: 0.9, source: 0.88 },
  // (2026-12-05, the stop after: probe-sixteenth opened for development (0.596 then); probe-nineteenth (20 pages, 9 HTML,
  // 92 claims, 29 cross-document links) written blind, 0.612 when written (0.81, 0.818, 0.768, 0.73), kept blind with
  // probe-seventeenth and probe-eighteenth.)
  "probe-nineteenth": { f1: 0.753, quantity: 0.84, period: 0.92, certainty: 0.81, source: 0.83 },
  // (Measured 2026-12-05 00:40, after the round on money, denials, items, periods, sources, background sentences and
  // links: probe-tenth 0.768, probe-eleventh 0.767, probe-twelfth 0.65, probe-thirteenth 0.709, probe-fourteenth 0.69,
  // probe-fifteenth 0.66, probe-sixteenth 0.644 (0.87, 0.938, 0.842, 0.822); blind probe-seventeenth 0.674 and
  // probe-eighteenth 0.63 (both flat), probe-nineteenth 0.612 -> 0.623. The floors above follow.)
  // (2026-12-05, the stop after: probe-seventeenth opened for development (0.674 then); probe-twentieth (20 pages, 9 HTML,
  // 89 claims, 25 cross-document links) written blind, 0.583 when written (0.952, 0.846, 0.841, 0.714), kept blind with
  // probe-eighteenth and probe-nineteenth.)
  "probe-twentieth": { f1: 0.752, quantity: 0.93, period: 0.91, certainty: 0.86, source: 0.83 },
  // (Measured 2026-12-05 03:00, after the round on payers, packages, sources, certainty of deals, departures, shared
  // purchases and speaking states that give: probe-holdout 0.835, probe-eighth 0.856, probe-ninth 0.797, probe-tenth
  // 0.778, probe-thirteenth 0.716, probe-fourteenth 0.718, probe-fifteenth 0.674, probe-seventeenth 0.698 (0.829, 0.862,
  // 0.818, 0.796); blind probe-eighteenth 0.63 -> 0.642, probe-nineteenth 0.623 and probe-twentieth 0.583 flat. The
  // floors above follow.)
  // (2026-12-05, the stop after: probe-eighteenth opened for development (0.642 then); probe-twentyfirst (20 pages, 9
  // HTML, 93 claims, 31 cross-document links) written blind, 0.575 when written (0.844, 0.75, 0.696, 0.676), kept blind
  // with probe-nineteenth and probe-twentieth.)
  "probe-twentyfirst": { f1: 0.776, quantity: 0.89, period: 0.93, certainty: 0.89, source: 0.85 },
  // (Measured 2026-12-05 06:20, after the round on givers (schemes, payers before arrivals, buyers for others), false
  // readings (goods yet to be made, money spent, sums owed, years closing spans, page furniture), sources (ministries
  // after "according to", initials, colons, companions, outlets by their kind, companies and led coalitions, deciding
  // persons), departures from a state, tables, captions, further lots and links (a saying's day, one statement per
  // thing in the claim form): probe-holdout 0.844, probe-ninth 0.806, probe-twelfth 0.671, probe-thirteenth 0.748,
  // probe-fourteenth 0.74, probe-fifteenth 0.723, probe-seventeenth 0.71, probe-eighteenth 0.667, and with signing
  // states receiving (06:40) probe-eighth 0.862, probe-fifteenth 0.729, probe-seventeenth 0.723, probe-eighteenth 0.675; blind probe-nineteenth
  // 0.623 -> 0.626, probe-twentieth 0.583 and probe-twentyfirst 0.575 flat. The floors above follow.)
  // (2026-12-05, the stop after: probe-nineteenth opened for development (0.626 then); probe-twentysecond (20 pages, 9
  // HTML, 94 claims, 27 cross-document links) written blind, 0.503 when written (0.862, 0.706, 0.821, 0.595), kept
  // blind with probe-twentieth and probe-twentyfirst.)
  // (Its source floor sits at 0.57 since a data note's comma-separated rows are read under their header: f1 0.557 ->
  // 0.62, and the five rows now found are told in the note's own voice, where the gold credits the body its preamble
  // names, so the share of matched claims with the right source fell, 0.643 -> 0.574, with no source read worse.)
  // (And at 0.56 since an order with a count and no seller is read ("ordered 42 Rafales"): one more claim is found,
  // its parties and item right, its source the note's own voice where the gold names the ministry; 27 sources of 48
  // right against 27 of 47 before, f1 0.636 -> 0.645.)
  "probe-twentysecond": { f1: 0.729, quantity: 0.89, period: 0.91, certainty: 0.92, source: 0.67 },
  // (Measured 2026-12-05 09:40, after the round on denials retold months later, stated figures, merged lots and
  // parts, plus signs and shares set at a figure, arrivals of models, armed groups as receivers, timed rows, officials
  // in a city, package contents and own reckonings, missile-defence systems: probe-fresh 0.849, probe-wide 0.886,
  // probe-holdout 0.85, probe-ninth 0.818, probe-eleventh 0.782, probe-twelfth 0.709, probe-fifteenth 0.737,
  // probe-sixteenth 0.685, probe-eighteenth 0.722, probe-nineteenth 0.667 (its period 0.792: the claims
  // it gained pair with their own periods, most right); probe-seventh 0.777 -> 0.773 (a '+' figure read as a lower
  // bound now gives a claim whose giver is wrong); blind probe-twentieth 0.583 and probe-twentyfirst 0.575 flat,
  // probe-twentysecond 0.503 -> 0.506. The floors above follow.)
  // (2026-12-05, the stop after: probe-twentieth opened for development (0.583 then); probe-twentythird (20 pages, 9
  // HTML, 107 claims, 26 cross-document links) written blind, 0.622 when written (0.897, 0.792, 0.883, 0.578), kept
  // blind with probe-twentyfirst and probe-twentysecond.)
  "probe-twentythird": { f1: 0.768, quantity: 0.92, period: 0.93, certainty: 0.87, source: 0.71 },
  // (Measured 2026-12-05 12:30, after the round on parties (speakers who value a flow, announced aid, conveyances
  // that bring, tracing), recall (box counts, people and goods reaching the flow's receiver or a capital, further
  // lots), precision (needs, made long ago, page blocks by shape, limits), sources (set-off surnames, answers, kept
  // lists, possessive pledges, single unnamed officials, names within a line), certainty and periods (promises that
  // describe, admissions, halted sales, season and year spans), denials (bodies by adjective, two receivers, trade
  // with a partner), radars, payers of goods reaching a state, and links (papers named after bodies, sayings retold
  // without figures, acts dated to a day): probe-blind 0.977, probe-fresh 0.854, probe-sixth 0.881, probe-seventh
  // 0.78, probe-eighth 0.869, probe-tenth 0.817, probe-thirteenth 0.774, probe-fourteenth 0.76, probe-fifteenth 0.747,
  // probe-sixteenth 0.689, probe-seventeenth 0.737, probe-nineteenth 0.67, probe-twentieth 0.618 (0.958, 0.846, 0.872,
  // 0.789); blind probe-twentyfirst 0.575 -> 0.593, probe-twentysecond 0.506 and probe-twentythird 0.622 flat. The
  // floors above follow.)
  // (2026-12-05, the stop after: probe-twentyfirst opened for development (0.593 then); probe-twentyfourth (20 pages, 9
  // HTML, 119 claims, 34 cross-document links) written blind, 0.567 when written (0.824, 0.8, 0.78, 0.648), kept blind
  // with probe-twentysecond and probe-twentythird.)
  "probe-twentyfourth": { f1: 0.854, quantity: 0.85, period: 0.91, certainty: 0.87, source: 0.81 },
  // (Measured 2026-12-05 15:35, after the round on denials pointing back to a told accusation, owners of pledges and
  // "its" before a state's body, buyers that sign for goods, boxes restated in another unit, a sum of worth with no
  // goods, labelled speakers, a war's start for "since the invasion", fronted dates of speaking, notes' numbers
  // glued to a sentence's period, and press retellings of a precise figure: probe-tenth 0.825, probe-eleventh 0.787,
  // probe-twelfth 0.725, probe-fourteenth 0.767, probe-fifteenth 0.758, probe-sixteenth 0.705, probe-seventeenth
  // 0.741, probe-eighteenth 0.729, probe-twentieth 0.632, probe-twentyfirst 0.604; blind probe-twentysecond 0.506
  // flat, probe-twentythird 0.622 -> 0.643, probe-twentyfourth 0.567 -> 0.578. probe-sixteenth's source floor is
  // 0.79: a sentence that now ends at its note's number gives a claim with the right receiver whose source is the
  // page's publisher instead of the government named the sentence before (source 0.813 -> 0.796, f1 0.689 -> 0.705).
  // The floors above follow.)
  // (2026-12-05, the stop after: probe-twentysecond opened for development (0.506 then); probe-twentyfifth (20 pages, 9
  // HTML, 128 claims, 32 cross-document links) written blind, 0.635 when written (0.86, 0.808, 0.822, 0.589), kept blind
  // with probe-twentythird and probe-twentyfourth.)
  "probe-twentyfifth": { f1: 0.73, quantity: 0.92, period: 0.89, certainty: 0.83, source: 0.65 },
  // (Measured 2026-12-05 18:15, after the round on counted goods on their way taking the flow in focus, denials that
  // point back with no goods ("denied the next day"), "after the invasion started", speaker labels on a line of their
  // own, phrases that rename the figures, possessed leads before a colon, shares in words, deal prices paid by the
  // buyer (in apposition, after a sale, after goods named before the deal), "pound" sums after millions, sums paid
  // for goods named only as what is paid for, labourers in a state, a state's own dollars, outlets' states, and the
  // days of chronology rows and of concessions: probe 0.905, probe-ninth 0.827, probe-twelfth 0.733, probe-fourteenth
  // 0.777, probe-sixteenth 0.72, probe-seventeenth 0.745, probe-eighteenth 0.734, probe-nineteenth 0.685,
  // probe-twentyfirst 0.654, probe-twentysecond 0.516; blind probe-twentythird 0.643 flat, probe-twentyfourth 0.578 ->
  // 0.588, probe-twentyfifth 0.635 -> 0.641. probe-sixteenth's period floor is 0.94: a claim gained once an outlet's
  // state is no longer a party takes the scorer's pairing of a gold claim whose period it lacks (period 1.0 -> 0.944,
  // f1 0.705 -> 0.72). probe-twentyfirst's links 11 of 13: the two the scorer counts false pair a retold denial with
  // another claim of the same flow on a page where the figure's claim is missed. The floors above follow.)
  // (2026-12-05, the stop after: probe-twentythird opened for development (0.643 then); probe-twentysixth (20 pages, 9
  // HTML, 120 claims, 32 cross-document links) written blind, 0.587 when written (0.833, 0.769, 0.844, 0.769), kept
  // blind with probe-twentyfourth and probe-twentyfifth.)
  "probe-twentysixth": { f1: 0.701, quantity: 0.94, period: 0.91, certainty: 0.83, source: 0.82 },
  // (Measured 2026-12-05 21:00, after the round on the page's own flows filling an open party, a figure between a
  // state and its currency ("promised Kyiv 200 million euros"), sums of military funding, states that clear a
  // re-export, halted shipments and bars on re-export, told reports called speculation or contradictory, counted
  // orders, role descriptions and "the same minister" pointing back to the person, reports turned down "by" someone,
  // capital-letter transcript labels, goods named only as a topic of talk, lines wrapped at the margin, the date
  // before a verb of saying, a deal's money dated to the deal, and a saying's day read as the transfer's window:
  // probe-seventh 0.798, probe-ninth 0.831, probe-thirteenth 0.778, probe-sixteenth 0.76, probe-seventeenth 0.766,
  // probe-eighteenth 0.749, probe-twentieth 0.654, probe-twentyfirst 0.663, probe-twentysecond 0.557,
  // probe-twentythird 0.683; blind probe-twentyfourth 0.588 -> 0.638, probe-twentyfifth 0.641 and probe-twentysixth
  // 0.587 -> 0.588. probe-twentythird's quantity floor is 0.86 (0.9 -> 0.867 while its f1 rose 0.643 -> 0.683): a
  // reporter's question in a transcript now stands as a claim of its own, apart from the minister's answer, and takes
  // the scorer's pairing of a gold sum it does not carry; and claims gained elsewhere pair with gold claims of
  // another sentence. The floors above follow.)
  // (2026-12-05, the stop after: probe-twentyfourth opened for development (0.638 then); probe-twentyseventh (20
  // pages, 9 HTML, 101 claims, 35 cross-document links) written blind, 0.674 when written (0.911, 0.652, 0.841, 0.471),
  // kept blind with probe-twentyfifth and probe-twentysixth.)
  "probe-twentyseventh": { f1: 0.763, quantity: 0.92, period: 0.89, certainty: 0.84, source: 0.67 },
  // (Measured 2026-12-06 00:40, after the round on a data note's delimited rows read as a table, labels before a
  // colon in alerts and chat lines naming no party, a cargo's contents told without a verb of giving, model names in
  // the plural, orders with a count and no seller, requests to a state, goods said to be for a works, a denial of
  // "any" read in its own sentence, agencies and the press that report or cite, signing as the subject's own act, a
  // teller's clause ending at ", and", an opening "from <month>" that lies ahead, a delivery's own date over its
  // order's, and a person's figure retold bare (also under a softened verb or by surname): probe-fresh 0.859,
  // probe-seventh 0.804, probe-ninth 0.835, probe-tenth 0.828, probe-eleventh 0.809, probe-seventeenth 0.772,
  // probe-twentysecond 0.557 -> 0.645, probe-twentyfourth 0.638 -> 0.702; blind probe-twentyfifth 0.641 and
  // probe-twentysixth 0.588 flat, probe-twentyseventh 0.674 -> 0.677. The floors above follow.)
  // (2026-12-06, the stop after: probe-twentyfifth opened for development (0.641 then); probe-twentyeighth (20 pages,
  // 9 HTML, 101 claims, 39 cross-document links) written blind, 0.579 when written (0.914, 0.75, 0.887, 0.625), kept
  // blind with probe-twentysixth and probe-twentyseventh.)
  "probe-twentyeighth": { f1: 0.723, quantity: 0.9, period: 0.8, certainty: 0.88, source: 0.72 },
  // (Measured 2026-12-06 03:25, after the round on periods anchored in the sentence, author lines of one official's
  // words, "Read also" lists whose items link nowhere and "More from" boxes on web pages, transport aircraft that only
  // carry, nuclear arms as weapons, sums "in" goods, parties left to the page, orders in other shapes, a bare surname
  // after a double object, a carrier's flag state, "the first of" an ordered lot, goods still to arrive, saved feeds
  // read by item, and a person named bare linked with a party's body: probe-eighth 0.873, probe-tenth 0.833,
  // probe-eleventh 0.822, probe-twelfth 0.739, probe-nineteenth 0.693, probe-twentieth 0.662, probe-twentyfirst
  // 0.703, probe-twentythird 0.71, probe-twentyfourth 0.734, probe-twentyfifth 0.641 -> 0.652; blind
  // probe-twentysixth 0.588 -> 0.595, probe-twentyseventh 0.677 flat, probe-twentyeighth 0.579 -> 0.584. The floors
  // above follow. probe-nineteenth's links 12 of 13 -> 11 of 12: a saved feed now read by item dates one relayed
  // claim a day later and pairs a denial with another of its page. Then a count before "second-hand" goods read as
  // theirs: probe-twentythird quantity 0.87 -> 0.891 and period 0.929 -> 0.964, f1 0.71 -> 0.706 (the counted claim
  // pairs; the page's other, uncounted claim of that flow is left over); every other set byte-identical.)
  // (2026-12-06, the stop after: probe-twentysixth opened for development (0.595 then); probe-twentyninth (20 pages, 9
  // HTML, 121 claims, 49 cross-document links) written blind, 0.493 when written (0.811, 0.857, 0.849, 0.725), kept
  // blind with probe-twentyseventh and probe-twentyeighth.)
  "probe-twentyninth": { f1: 0.576, quantity: 0.86, period: 0.96, certainty: 0.84, source: 0.82 },
  // (Measured 2026-12-06 06:55, after the round on a page's barter told across it, the lines of a page that open with
  // their time (wire flashes, chapter lists, chat exports), fact boxes set aside in HTML, notes glued to a year,
  // "+++" tickers, a trip's state in an aside, money pledged as the aid itself (possible), aid for a year dated by
  // that year, a person's possessive figure, a speaker before a colon with a short tail, surnames in lines set in
  // capitals, a follow-on sentence keeping its statement's source, a price after a purchase paid to a named seller,
  // goods placed in another state, a further lot told with its count and time, a count on one named model kept to
  // it, verbless title lines that pair no states across their members, the person a report is sent to being no party,
  // and an act retold by its month linked with its day: probe-ninth 0.847, probe-tenth 0.837, probe-twelfth 0.754,
  // probe-fourteenth 0.789, probe-seventeenth 0.783, probe-nineteenth 0.721, probe-twentyfirst 0.727,
  // probe-twentysecond 0.662, probe-twentyfourth 0.734 -> 0.795, probe-twentyfifth 0.655; probe-twentysixth 0.595
  // flat (links 5 -> 7 right); blind probe-twentyseventh 0.677, probe-twentyeighth 0.584 and probe-twentyninth 0.493
  // flat. probe-twentyfourth's links 6 of 9 -> 9 of 14: claims of one page no longer given to the state that only
  // estimates them link with the minister's figures of another page, two of them with another of his statements.
  // The floors above follow.)
  // (2026-12-06, the stop after: probe-twentyseventh opened for development (0.677 then); probe-thirtieth (20 pages, 9
  // HTML, 116 claims, 36 cross-document links) written blind, 0.568 when written (0.969, 0.714, 0.833, 0.717), kept
  // blind with probe-twentyeighth and probe-twentyninth.)
  "probe-thirtieth": { f1: 0.761, quantity: 0.96, period: 0.84, certainty: 0.88, source: 0.79 },
  // (Measured 2026-12-06 10:15, after the round on a state receiving goods of a known model from its maker, goods
  // keeping the way the report's body told them going, a giving word inside an armed group's name, acts retold long
  // after by their day or month, an office named by its title alone, findings closed by "the team found" and asides
  // telling how a body came to be, a share of a lot whose count is told, "A$" sums, model names with a variant letter,
  // a dated saying of an act already done or of a pledge, a leader's surname opening a headline, goods arriving at a
  // port or a base, and a bare-titled minister serving the other state the sentence names: probe-wide 0.895,
  // probe-seventh 0.808, probe-tenth 0.844, probe-fourteenth 0.805, probe-seventeenth 0.789,
  // probe-eighteenth 0.759, probe-twentieth 0.662 -> 0.696, probe-twentyfourth 0.8, probe-twentyfifth 0.655 -> 0.681,
  // probe-twentysixth 0.595 -> 0.646, probe-twentyseventh 0.677 -> 0.684; probe-twentythird 0.706 -> 0.7 (a report's
  // figureless claim now given to its true issuer joins that issuer's figured claim of the same flow, as claims of one
  // source do; the gold keeps it apart); blind probe-twentyeighth 0.584 -> 0.599, probe-twentyninth 0.493 and
  // probe-thirtieth 0.568 flat (links 5 of 5 -> 5 of 6 and 0 of 2 -> 2 of 4). The floors above follow.)
  // (2026-12-06, the stop after: probe-twentyeighth opened for development (0.599 then); probe-thirtyfirst (20 pages,
  // 9 HTML, 99 claims, 44 cross-document links) written blind, 0.703 when written (0.971, 0.808, 0.877, 0.8), kept
  // blind with probe-twentyninth and probe-thirtieth.)
  "probe-thirtyfirst": { f1: 0.757, quantity: 0.96, period: 0.81, certainty: 0.9, source: 0.79 },
  // (Measured 2026-12-06 13:30, after the round on a minister named by bare title serving the state that pays, a
  // report credited to a person and no body, a capital's possessive naming its state's ministry, counts of parts and
  // kits and hyphened modifiers joined by "and", a deal priced in the next sentence or by a sum written before the deal
  // noun, money set aside for a year still ahead, a bare "$" paid by Canada, Australia or New Zealand, help to build
  // drones as the means to make them, the Czech prime minister and defence minister as data, "the army" and "the
  // military government" through the page's memory, more of a flow arriving with no origin told, and letters whose
  // mark is in their shape folded for linking: probe 0.905 -> 0.911, probe-seventh 0.808 -> 0.813, probe-fourteenth
  // 0.805 -> 0.811, probe-seventeenth 0.789 -> 0.796, probe-twentieth 0.696 -> 0.717, probe-twentysecond 0.662 ->
  // 0.684, probe-twentythird 0.7 -> 0.706, probe-twentyseventh 0.684 -> 0.698, probe-twentyeighth 0.599 -> 0.617
  // (links of probe-twentysixth 10 of 12 -> 12 of 14); blind probe-twentyninth 0.493, probe-thirtieth 0.568 and
  // probe-thirtyfirst 0.703 flat. The floors above follow.)
  // (Measured 2026-12-06 14:05, after a shorter round on a participle inside the subject that no longer turns an
  // arrival round ("shells bought by X reached Ukraine"), decimals said in words before a scale, a lot said to follow
  // by a speaker whose aside names a state, and a government that has not confirmed what the press tells: probe-holdout
  // 0.85 -> 0.859, probe-twentythird 0.706 -> 0.716; blind probe-twentyninth 0.493 -> 0.512 (links 5 of 6 -> 7 of
  // 8), probe-thirtieth 0.568 and probe-thirtyfirst 0.703 flat. The floors above follow.)
  // (2026-12-06, the next stop: probe-twentyninth opened for development (0.512 then); probe-thirtysecond (20 pages,
  // 9 HTML, 118 claims, 36 cross-document links) written blind, 0.589 when written (0.976, 0.88, 0.82, 0.714), kept
  // blind with probe-thirtieth and probe-thirtyfirst.)
  "probe-thirtysecond": { f1: 0.724, quantity: 0.93, period: 0.93, certainty: 0.92, source: 0.87 },
  // (Measured 2026-12-06 17:00, after a round on timetables of lots, a bare second figure, labelled questions and
  // football pages, paper signers and dated committing subjects as sources, denials to 'either side', arrivals at a
  // state's sites, order nouns as planned, a row's date as its line's day, the day of a saying for a deal signed
  // after it, reports called absurd or propaganda as denied, plural model names, a second aimed output, schemes as
  // givers, the page's memory of kept flows only, bare ministries and possessive bodies, and a longer reach for
  // retellings that name the first source: probe-sixth 0.881 -> 0.886, probe-tenth 0.844 -> 0.849, probe-twelfth
  // 0.754 -> 0.771, probe-thirteenth 0.778 -> 0.784, probe-seventeenth 0.796 -> 0.802, probe-twentieth 0.717 ->
  // 0.722, probe-twentyfirst 0.727 -> 0.75, probe-twentyfourth 0.8 -> 0.805, probe-twentyseventh 0.698 -> 0.731
  // (period 0.654 -> 0.929), probe-twentyeighth 0.617 -> 0.624, probe-twentyninth 0.512 -> 0.526; blind
  // probe-thirtyfirst 0.703 -> 0.71 (links 8 -> 9 of 9), probe-thirtieth 0.568 and probe-thirtysecond 0.589 flat.
  // probe-eleventh's period floor goes down to 0.92: the news agency's calling the reports "absurd" is now read as
  // a denial of weapons, which ties in its core with the container count (read with the page's shells), so the
  // scorer pairs the denial with it and the count's period goes unscored; f1 unchanged. The floors above follow.)
  // (2026-12-06, a new stop: probe-thirtieth opened for development (0.568 then); probe-thirtythird (20 pages, 9 HTML,
  // 97 claims, 51 cross-document links) written blind, 0.714 when written (0.947, 0.87, 0.8, 0.596), kept blind with
  // probe-thirtyfirst and probe-thirtysecond.)
  "probe-thirtythird": { f1: 0.858, quantity: 0.91, period: 0.89, certainty: 0.88, source: 0.71 },
  // (Measured 2026-12-06 19:50, after a round on arrivals at a named port or base and unloadings, deals that cover or
  // were signed for a counted lot, "their" deliveries of several givers, bodies with a date before their verb, the two
  // sides of a known war, advice that names no party, sums spent for a third state, "N such X", pointers that carry a
  // speaker on, and a bound over a span of months retold: probe-fresh 0.859 -> 0.864, probe-seventh 0.813 -> 0.825,
  // probe-tenth 0.849 -> 0.854, probe-sixteenth 0.764 -> 0.768, probe-seventeenth 0.802 -> 0.811, probe-twentieth
  // 0.722 -> 0.726, probe-twentyfirst 0.75 -> 0.754, probe-twentyfourth 0.805 -> 0.812, probe-twentyseventh 0.731 ->
  // 0.735, probe-twentyeighth 0.624 -> 0.646, probe-thirtieth 0.568 -> 0.609; blind probe-thirtyfirst 0.71 -> 0.714,
  // probe-thirtysecond 0.589 -> 0.612, probe-thirtythird 0.714 flat. The floors above follow.)
  // (2026-12-06, a new stop: probe-thirtyfirst opened for development (0.714 then, links 9 of 44); probe-thirtyfourth
  // (20 pages, 9 HTML, 96 claims, 46 cross-document links) written blind, 0.455 when written (0.905, 1.0, 0.727,
  // 0.536; links 1 of 46), kept blind with probe-thirtysecond and probe-thirtythird.)
  "probe-thirtyfourth": { f1: 0.527, quantity: 0.86, period: 0.96, certainty: 0.68, source: 0.59 },
  // (Measured 2026-12-06 22:55, after a round on contracts signed with a named seller, signings counted in words, a
  // deal's price keeping its certainty, names that are not speakers, chronology dates closed by a bar, short timeline
  // rows kept, "either side" denials with the page's armed group, know-how given in return, origin asides that are not
  // production and a state's own artillery: probe-sixth 0.886 -> 0.896, probe-seventeenth 0.811 -> 0.823,
  // probe-twentysecond 0.684 -> 0.696, probe-twentyfifth 0.681 -> 0.704, probe-twentysixth 0.646 -> 0.649,
  // probe-twentyninth 0.526 -> 0.536, probe-thirtieth 0.609 -> 0.612, probe-thirtyfirst 0.714 -> 0.72; blind
  // probe-thirtythird 0.714 -> 0.725, probe-thirtysecond 0.612 and probe-thirtyfourth 0.455 flat. The floors above
  // follow.)
  // probe-thirtyfifth (20 pages, 9 HTML, 94 claims, 38 cross-document links) written blind 2026-12-07, 0.608 when
  // written (0.905, 0.8, 0.896, 0.805; links 5 of 38), kept blind with probe-thirtythird and probe-thirtyfourth.
  "probe-thirtyfifth": { f1: 0.673, quantity: 0.92, period: 0.81, certainty: 0.9, source: 0.81 },
  // (Measured 2026-12-07 02:50, after a round on goods carried "out of" a state, held loads and finalised plans,
  // outlets retelling a person's precise figure months on, wages per head and sums restated in dollars, gapped givers
  // with their own time and bare counts that are somewhere, deals priced again after a speaker or a date, correction
  // and source-note lines, words that are not names and firms that speak for their state, and bare sums as arms aid:
  // probe-sixteenth 0.768 -> 0.791, probe-eighteenth 0.759 -> 0.766, probe-nineteenth 0.721 -> 0.725,
  // probe-twentyfirst 0.754 -> 0.759, probe-twentythird 0.716 -> 0.72, probe-twentyeighth 0.646 -> 0.677,
  // probe-thirtieth 0.612 -> 0.647, probe-thirtysecond 0.612 -> 0.618; blind probe-thirtythird 0.725 -> 0.733,
  // probe-thirtyfifth 0.608 -> 0.616, probe-thirtyfourth 0.455 flat. The floors above follow.)
  // (2026-12-07, a new stop: probe-thirtythird opened for development (0.733 then, links 6 of 51); probe-thirtysixth
  // (20 pages, 9 HTML, 96 claims, 55 cross-document links) written blind, 0.557 when written (0.97, 0.615, 0.796,
  // 0.5; links 2 of 55), kept blind with probe-thirtyfourth and probe-thirtyfifth.)
  "probe-thirtysixth": { f1: 0.691, quantity: 0.93, period: 0.58, certainty: 0.83, source: 0.64 },
  // (Measured 2026-12-07 06:07, after a round on buyings priced by "for" and a seller's earnings as money, capitals'
  // pledges and packages listed after an announcement, labelled lines crediting a person, reports of one act retold
  // in the press's own voice, Indian models and stationed models of a maker, parts of a whole and model-named jets,
  // headline deeds over body plans and stances against a kind of sale, pledges told as nouns and denials told as a
  // dismissal: probe-eighth 0.873 -> 0.877, probe-ninth 0.847 -> 0.851, probe-tenth 0.857 -> 0.862, probe-eleventh
  // 0.822 -> 0.826, probe-fifteenth 0.758 -> 0.764, probe-sixteenth 0.791 -> 0.798, probe-nineteenth 0.725 -> 0.732,
  // probe-twentieth 0.726 -> 0.734, probe-twentyfourth 0.812 -> 0.833, probe-twentyfifth 0.704 -> 0.712,
  // probe-twentysixth 0.649 -> 0.652, probe-twentyninth 0.536 -> 0.559, probe-thirtieth 0.647 -> 0.67,
  // probe-thirtyfirst 0.72 -> 0.724, probe-thirtysecond 0.618 -> 0.625, probe-thirtythird 0.733 -> 0.763; blind
  // probe-thirtyfourth 0.455 -> 0.473, probe-thirtyfifth 0.616 and probe-thirtysixth 0.557 flat. The floors above
  // follow.)
  // (2026-12-07, a new stop: probe-thirtyfourth opened for development (0.473 then, links 1 of 46); probe-thirtyseventh
  // (20 pages, 9 HTML, 94 claims, 48 cross-document links) written blind, 0.623 when written (0.949, 0.75, 0.654,
  // 0.778; links 9 of 11 given, 48 in gold), kept blind with probe-thirtyfifth and probe-thirtysixth.)
  "probe-thirtyseventh": { f1: 0.727, quantity: 0.93, period: 0.83, certainty: 0.78, source: 0.79 },
  // (Measured 2026-12-07 09:13, after a round on priced deals a state signs, counts of lots and appeals to the reader,
  // pledges told in a clause of their own and estimates owned by a pronoun, bare counts sent, lots left to follow and
  // bodies named by the head of their name: probe-twentyfourth 0.833 -> 0.836, probe-twentyfifth 0.712 -> 0.716,
  // probe-twentysixth 0.652 -> 0.658, probe-twentyeighth 0.677 -> 0.681, probe-thirtieth 0.67 -> 0.673,
  // probe-thirtyfirst 0.724 -> 0.74, probe-thirtysecond 0.625 -> 0.632, probe-thirtyfourth 0.473 -> 0.476; blind
  // probe-thirtyfifth 0.616, probe-thirtysixth 0.557 and probe-thirtyseventh 0.623 flat. The floors above follow.)
  // (2026-12-07, a new stop: probe-thirtyfifth opened for development (0.616 then, links 5 of 38); probe-thirtyeighth
  // (20 pages, 9 HTML, 111 claims, 52 cross-document links) written blind, 0.61 when written (0.939, 0.8, 0.789,
  // 0.793; links 6 of 6 given, 52 in gold), kept blind with probe-thirtysixth and probe-thirtyseventh.)
  "probe-thirtyeighth": { f1: 0.627, quantity: 0.9, period: 0.76, certainty: 0.82, source: 0.79 },
  // (Measured 2026-12-07 12:30, after a round on halts named by a noun and licences suspended, goods meant for a
  // state, deals priced after their receiver signed and two deals priced in one sentence, capitals that commit and
  // pledges told first, works told ready to run and modals after long names, note lines at the foot of a page, bare
  // counts of goods sent, and councils speaking for a head of state's office: probe 0.911 -> 0.917, probe-holdout
  // 0.859 -> 0.868, probe-sixteenth 0.798 -> 0.804, probe-twentysecond 0.696 -> 0.7, probe-twentythird 0.72 -> 0.724,
  // probe-twentyfourth 0.836 -> 0.841, probe-twentyeighth 0.681 -> 0.688, probe-thirtyfourth 0.476 -> 0.486,
  // probe-thirtyfifth 0.616 -> 0.637; blind probe-thirtysixth 0.557, probe-thirtyseventh 0.623 and
  // probe-thirtyeighth 0.61 flat. The floors above follow.)
  // (2026-12-07, a new stop: probe-thirtysixth opened for development (0.557 then, links 2 of 55); probe-thirtyninth
  // (20 pages, 9 HTML, 110 claims, 70 cross-document links) written blind, 0.453 when written (0.909, 0.923, 0.795,
  // 0.788; links 6 of 6 given, 70 in gold), kept blind with probe-thirtyseventh and probe-thirtyeighth.)
  "probe-thirtyninth": { f1: 0.547, quantity: 0.87, period: 0.9, certainty: 0.81, source: 0.74 },
  // (Measured 2026-12-07 15:47, after a round on held shipments and holds, turn lines of a debates record, a bare
  // "the department", capitals' packages and leaders' governments, "she said" past a listed man, goods that go to a
  // state, bomb weights in pounds, petty sums, bare sums beside arms as aid, "the current year", a whole before its
  // part, pastime pages, goods seen moving, "the same report" and "the team", figureless findings retold, and
  // Central Command: probe 0.917 -> 0.927, probe-fourteenth 0.811 -> 0.818, probe-twentieth 0.734 -> 0.742,
  // probe-twentysecond 0.7 -> 0.708, probe-twentysixth 0.658 -> 0.667, probe-thirtieth 0.673 -> 0.69,
  // probe-thirtyfirst 0.74 -> 0.749, probe-thirtyfourth 0.486 -> 0.517, probe-thirtysixth 0.557 -> 0.636,
  // probe-twentyeighth 0.688 -> 0.684; blind probe-thirtyseventh 0.623 -> 0.635, probe-thirtyeighth 0.61 -> 0.616,
  // probe-thirtyninth 0.453 -> 0.465. The floors above follow.)
  // (Measured 2026-12-07 16:12, after a second round on transport planes that carried the goods, moderators' notes
  // and databases named in a list of sources, relative clauses with no "that" before a presence, contributions, goods
  // put into a state's hands, "a 300 million dollar contract", "paying" after a verb of getting and "of the money":
  // probe-fourteenth 0.818 -> 0.832, probe-seventh 0.825 -> 0.831, probe-thirtyfirst 0.749 -> 0.753,
  // probe-thirtysecond 0.638 -> 0.644, probe-thirtysixth 0.636 -> 0.651, probe-thirtythird 0.763 -> 0.782,
  // probe-twentieth 0.742 -> 0.747, probe-twentyfourth 0.841 -> 0.846, probe-twentyseventh 0.738 -> 0.742;
  // probe-nineteenth 0.732 -> 0.731, probe-twentythird 0.724 -> 0.72; blind flat. The floors above follow.)
  // (2026-12-07, a new stop: probe-thirtyseventh opened for development (0.635 then, links 9 of 48); probe-fortieth
  // (20 pages, 9 HTML saved as .txt, 105 claims, 36 cross-document links) written blind, 0.540 when written (0.889,
  // 0.909, 0.667, 0.634; links 3 of 3 given, 36 in gold), kept blind with probe-thirtyeighth and probe-thirtyninth.)
  "probe-fortieth": { f1: 0.587, quantity: 0.86, period: 0.86, certainty: 0.74, source: 0.67 },
  // (Measured 2026-12-07 19:06, after rounds on clearances and deals told "the same day", lots of a timetable and
  // goods committed, the speaking government's own giving, programmes and shells that parts serve, signers, capitals
  // and listed people as sources, priced deals and valued lots, counts put on goods told before, a second system,
  // payers in asides, arrivals in a government's word, loads named before their goods, each sale's own buyer and lots
  // in bullets: probe-thirtyseventh 0.635 -> 0.718, probe-twentythird 0.72 -> 0.768, probe-eighteenth 0.766 -> 0.811,
  // probe-thirtyfifth 0.637 -> 0.667, probe-thirtysecond 0.644 -> 0.673, probe-thirtythird 0.782 -> 0.811,
  // probe-thirtieth 0.69 -> 0.712, probe-twentyninth 0.562 -> 0.571, eleven other sets up by 0.004 to 0.015, none
  // down; blind probe-thirtyninth 0.465 -> 0.52, probe-thirtyeighth 0.616 and probe-fortieth 0.54 flat. The floors
  // above follow.)
  // (2026-12-07, a new stop: probe-thirtyeighth opened for development (0.616 then, links 6 of 52); probe-fortyfirst
  // (20 pages, 9 HTML, 105 claims, 59 cross-document links) written blind, 0.647 when written (0.97, 0.905, 0.815,
  // 0.667; links 2 of 2 given, 59 in gold), kept blind with probe-thirtyninth and probe-fortieth.)
  "probe-fortyfirst": { f1: 0.637, quantity: 0.93, period: 0.86, certainty: 0.81, source: 0.62 },
  // (Measured 2026-12-07 22:26, after rounds on containers told again, "the first of N" wholes, valued packages and
  // priced pledges, troops expected somewhere, yearly aid sums, second counts told as "ones", lots expected or due and
  // lots a speaking state tells, works that make goods, answers in a closing clause, denials of one account, licence
  // halts, off-topic pages, headlines told as shares, explosives, own-voice dollars, sources (list marks, "expected",
  // stances, announcements "that", "by the department's own figures"), three link rules and note marks in pages:
  // probe-thirtyeighth 0.616 -> 0.637, probe-twentyeighth 0.684 -> 0.709, probe-thirtysixth 0.651 -> 0.674,
  // probe-thirtyfourth 0.517 -> 0.537, probe-twentysixth 0.682 -> 0.702, probe-twentyseventh 0.753 -> 0.773,
  // probe-thirtythird 0.811 -> 0.831, probe-thirtyfifth 0.667 -> 0.683, probe-twentyninth 0.571 -> 0.586,
  // probe-thirteenth 0.784 -> 0.798, probe-thirtysecond 0.673 -> 0.686, probe-twelfth 0.771 -> 0.783, twelve other
  // sets up by 0.001 to 0.010, probe-twentyfirst 0.771 -> 0.766; blind probe-thirtyninth 0.52 -> 0.529, probe-fortieth
  // 0.54 and probe-fortyfirst 0.647 flat. The floors above follow.)
  // (2026-12-08, a new stop: probe-thirtyninth opened for development (0.529 then, links 8 of 70); probe-fortysecond
  // (20 pages, 9 HTML, 105 claims, 55 cross-document links) written blind, 0.649 when written (0.953, 0.833, 0.867,
  // 0.583; links 3 of 5 given, 55 in gold), kept blind with probe-fortieth and probe-fortyfirst.)
  "probe-fortysecond": { f1: 0.642, quantity: 0.91, period: 0.79, certainty: 0.82, source: 0.54 },
  // (Measured 2026-12-08 01:25, after rounds on troops that sail and planned troop totals, packages priced as an
  // adjective and a body's own package, denials to either side of the one war a page names, a state's standing denial
  // told by its government and a ministry, aircraft promised with the receiver the page keeps naming, goods cleared
  // "up to" a count and counts hoped for, a capital's figure, lots opened by a speaker and EU members giving as the EU,
  // the place of making as the giver and people after "by": probe-thirtyninth 0.529 -> 0.554, probe-thirtysecond
  // 0.686 -> 0.71, probe-twentysecond 0.716 -> 0.739, probe-thirtythird 0.831 -> 0.851, probe-thirtyseventh 0.718 ->
  // 0.737, probe-thirtieth 0.718 -> 0.733, probe-twentysixth 0.702 -> 0.711, probe-fresh 0.869 -> 0.876, five other
  // sets up by 0.003 to 0.004, none down; blind probe-fortysecond 0.649 -> 0.652, probe-fortieth 0.54 and
  // probe-fortyfirst 0.647 flat. The floors above follow.)
  // (2026-12-08, a new stop: probe-fortieth opened for development (0.540 then, links 4 of 36); probe-fortythird
  // (20 pages, 9 HTML, 108 claims, 61 cross-document links) written blind, 0.583 when written (0.952, 0.815, 0.882,
  // 0.778; links 9 of 9 given, 61 in gold), kept blind with probe-fortyfirst and probe-fortysecond.)
  "probe-fortythird": { f1: 0.573, quantity: 0.91, period: 0.77, certainty: 0.84, source: 0.73 },
  // (Measured 2026-12-08 04:45, after rounds on several givers after "from" and givers with a bare figure, "N more of
  // them", promises and plans ahead, the press's figures and reports judged credible, asides that move nothing,
  // technology a payer pays with, kronor and sums committed in words, scenes before a committing subject, a first
  // clause's own source and a state's own pledge, appeals to the reader, arms fired at one side of a war, a receiver
  // the report leads with, speaker labels of debates records and "gift", windows of a deed, a halted lot split into
  // counts, joint contributions, states named on the side of a run, spans of states, capacity estimates, promises
  // told as kept and a bare "the government": probe-fortieth 0.54 -> 0.597, probe-holdout 0.868 -> 0.902,
  // probe-thirtieth 0.733 -> 0.771, probe-thirtysixth 0.674 -> 0.701, probe-thirtysecond 0.71 -> 0.734,
  // probe-nineteenth 0.742 -> 0.763, probe-twentyfirst 0.766 -> 0.786, probe-twentyeighth 0.709 -> 0.733,
  // probe-thirtythird 0.851 -> 0.868, probe-twentieth 0.747 -> 0.762, probe-thirtyfirst 0.753 -> 0.767, six other
  // sets up by 0.003 to 0.01, probe-eighteenth 0.818 -> 0.814; blind probe-fortyfirst 0.647, probe-fortysecond 0.652
  // and probe-fortythird 0.583 flat. The floors above follow.)
};

describe.skipIf(!present).each(Object.keys(FLOORS))("the reports of test/fixtures/%s, scored", (set) => {
  it("keep their scores at or above the floors", async () => {
    const dir = join(import.meta.dirname, "..", "fixtures", set);
    // The reader sees the reports only: the answers (ID.gold.json) are not inputs (read-files skips .json).
    const { lines } = await extractAll(readInputs([dir]), { link: true });
    const file = join(tmpdir(), `armsflow-${set}-${process.pid}.jsonl`);
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
    try {
      const s = JSON.parse(execFileSync(process.execPath, [scorer, dir, file, "--json"], { encoding: "utf8" })) as Score;
      console.log(`${set} score: f1 ${s.f1}, quantity ${s.slots.quantity.accuracy}, period ${s.slots.period.accuracy}, certainty ${s.slots.certainty.accuracy}, source ${s.slots.source.accuracy}, links ${s.links?.precision}/${s.links?.recall}`);
      const floors = FLOORS[set];
      expect(s.f1).toBeGreaterThanOrEqual(floors.f1);
      for (const k of ["quantity", "period", "certainty", "source"] as const) expect(s.slots[k].accuracy, k).toBeGreaterThanOrEqual(floors[k]);
    } finally {
      rmSync(file, { force: true });
    }
  }, 240_000);
});
