// Row types of the tables (Kysely's typed database). Booleans are 0/1 integers and JSON is text on both engines.

export interface DocumentRow {
  key: string;
  id: string;
  version: number;
  current: number;
  hash: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  format: string;
  raw: string;
  text: string;
  grp: string | null;
  diagnostics: string;
  /** JSON list of the name words and bodies the document names as sources (for own-voice linking). */
  named: string;
  /** JSON list of MinHash values of the clean text (near-duplicates.ts). */
  minhash: string;
  ingested_at: string;
  /** 1: the page gave no claim and was recorded as seen only (text and raw empty, no bands); 0: stored whole. */
  seen: number;
}

export interface DocBandRow {
  band: string;
  doc_key: string;
}

/** A figure's columns, the same in claims and statements: value or bounds, unit, and 1 where it is approximate. */
export interface QuantityColumns {
  q_value: number | null;
  q_min: number | null;
  q_max: number | null;
  unit: string | null;
  approx: number | null;
}

export interface ClaimRow extends QuantityColumns {
  /** The rate the claim's figure counts per (day, week, month, year), null for a plain amount. */
  q_per: string | null;
  key: string;
  claim_id: string;
  doc_key: string;
  doc: string;
  current: number;
  kind: string;
  supplier: string | null;
  recipient: string | null;
  item: string;
  calibre: string | null;
  period_start: string | null;
  period_end: string | null;
  cumulative: number;
  certainty: string;
  speaker: string | null;
  org: string | null;
  country: string | null;
  source_key: string;
  relays: string;
  stated: string | null;
  /** The day the claim was stated, best known (stated, else the publication day), as days since 1970. */
  day_lo: number | null;
  day_hi: number | null;
  /** How wide the day is (rows.ts, dayClass): 0 a day or week, 1 a month, 2 wider; null undated. */
  day_class: number | null;
  /** The speaker's family name, spelling folded (sources.ts, speakerKey); null where no person speaks. */
  speaker_key: string | null;
  /** The days of the act the claim's window dates long before its report (linker.ts, actWindow), as days since 1970; null where none. */
  act_lo: number | null;
  act_hi: number | null;
  evidence: string;
  ev_start: number;
  ev_end: number;
  parts: string;
  segment: number;
  statement: string | null;
}

export interface StatementRow extends QuantityColumns {
  id: string;
  kind: string;
  supplier: string | null;
  recipient: string | null;
  item: string;
  period_start: string | null;
  period_end: string | null;
  cumulative: number;
  /** What the figure measures (stock, increment, rate, plan; link/figure-measure.ts); null where no figure or an older ledger. */
  measure: string | null;
  stated: string | null;
  certainty: string;
  speaker: string | null;
  org: string | null;
  country: string | null;
  source_key: string;
  /** 1 where the origin is the press (an outlet's own voice, "US media"). */
  media: number;
  independent_sources: number;
  reports: number;
  /** JSON list of what carries it: outlets, relays and near-duplicate groups of its reports (independence.ts). */
  carriers: string;
}

export interface SourceRow {
  id: string;
  speaker: string | null;
  org: string | null;
  country: string | null;
  kind: string;
}

/** A flow's summary as last computed, and the counts it was computed from (a change of them makes it stale). */
export interface FlowSummaryRow {
  supplier: string;
  recipient: string;
  item: string;
  fingerprint: string;
  /** JSON of the Flow record (conflicts included). */
  summary: string;
}

export interface Database {
  documents: DocumentRow;
  doc_bands: DocBandRow;
  claims: ClaimRow;
  statements: StatementRow;
  sources: SourceRow;
  flow_summaries: FlowSummaryRow;
}
