import type { Certainty, Claim, Item } from "../core/claim.js";
import type { ArmsDocument, DocumentMeta } from "../core/document.js";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Flow, SourceRecord, Statement } from "../core/ledger.js";
import type { ChainPath, RelayChain } from "../link/independence.js";

/** A document as stored: its raw and clean text, metadata, hash and version. */
export interface StoredDocument extends DocumentMeta {
  /** Row key: `${id}@${version}`; `id` is the document's own id (meta id or file name). */
  readonly key: string;
  readonly version: number;
  readonly hash: string;
  readonly format: "text" | "html";
  readonly raw: string;
  readonly text: string;
  /** Near-duplicate group: documents that tell the same wire story share it. */
  readonly group: string | null;
  readonly ingested_at: string;
  readonly diagnostics: readonly Diagnostic[];
  /** True: the page gave no claim and was recorded as seen only (its hash and metadata; `text` and `raw` empty). */
  readonly seen: boolean;
}

/** How a document is stored. */
export interface PutOptions {
  /** Keep a page that gives no claim whole (its text and raw page); by default it is recorded as seen only. */
  readonly keepEmpty?: boolean;
}

export type PutResult =
  | { readonly status: "stored"; readonly key: string; readonly claims: number }
  | { readonly status: "unchanged"; readonly key: string; readonly claims: number }
  | { readonly status: "new-version"; readonly key: string; readonly claims: number };

/** What removing a document did; `not-found` and `ambiguous` (a URL that several documents carry) removed nothing. */
export type DeleteResult =
  | {
      readonly status: "deleted";
      readonly id: string;
      /** Its versions removed (each version of a report is a row of its own). */
      readonly versions: number;
      readonly claims: number;
      /** Statements it carried: those still carried by other reports (rebuilt, possibly split) and those removed. */
      readonly statements: { readonly changed: number; readonly removed: number };
    }
  | { readonly status: "not-found" }
  | { readonly status: "ambiguous"; readonly ids: readonly string[] };

export interface StatementFilter {
  readonly supplier?: string;
  readonly recipient?: string;
  readonly item?: Item;
  readonly source?: string; // matches speaker or org, case-insensitive substring
  readonly unit?: string;
  readonly certainty?: Certainty;
  readonly since?: string; // stated on or after YYYY-MM-DD
  readonly state?: string; // supplier or recipient
  readonly limit?: number;
  readonly offset?: number;
  /** false: the statements without their reports (`reports: []`), for aggregates over the whole ledger. Default true. */
  readonly reports?: boolean;
}

/** Statements alike in all that grading reads, counted: the whole ledger's record in a few rows (estimate/grade-sources.ts). */
export interface StatementTally extends Pick<Statement, "kind" | "supplier" | "recipient" | "item" | "certainty" | "source" | "independent_sources"> {
  readonly count: number;
}

/** How much of each statement to read. */
export interface ReadOptions {
  /** false: without their reports (`reports: []`), where only figures and sources matter. Default true. */
  readonly reports?: boolean;
  /** A page of the list (in its order): at most `limit` items from `offset` (default: all, from 0). */
  readonly limit?: number;
  readonly offset?: number;
}

export interface ClaimFilter {
  readonly doc?: string;
  readonly statement?: string;
  readonly supplier?: string;
  readonly recipient?: string;
  readonly item?: Item;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * The one storage interface (STYLE.md habit 5). SQLite and PostgreSQL implement it; nothing outside
 * src/store knows which engine it talks to.
 */
export type { ChainPath, RelayChain };

export interface Store {
  /** True when the ledger may only be read (asked for, or a file that cannot be written): every write is refused. */
  readonly readOnly: boolean;
  /** Applies pending schema migrations (a read-only store checks that none is pending). */
  migrate(): Promise<void>;
  /**
   * Stores a processed document and its claims in one transaction, then links its claims into statements. A page
   * that gives no claim is recorded as seen only (id, url, hash, metadata, diagnostics), unless `keepEmpty`: the hash
   * still tells an unchanged page from a new version.
   */
  putDocument(doc: ArmsDocument, options?: PutOptions): Promise<PutResult>;
  /**
   * Removes a document (every version) by its id, or the document whose current version has this URL, with its
   * claims, in one transaction: the statements they carried are rebuilt from the claims left (regrouped, as
   * linking would have them without it) or removed when none is left.
   */
  deleteDocument(target: { readonly id: string } | { readonly url: string }): Promise<DeleteResult>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Oldest published first; `newest`: the latest ingested first (what is new since a visit). */
  listDocuments(options?: { limit?: number; offset?: number; since?: string; newest?: boolean }): Promise<StoredDocument[]>;
  countDocuments(): Promise<number>;
  listClaims(filter?: ClaimFilter): Promise<Claim[]>;
  listStatements(filter?: StatementFilter): Promise<Statement[]>;
  /** How many statements the filter lets through, whatever `limit` and `offset` (counted by the engine). */
  countStatements(filter?: StatementFilter): Promise<number>;
  getStatement(id: string): Promise<Statement | null>;
  listFlows(): Promise<Flow[]>;
  /** A flow's statements in time order (stated date, then period end). */
  getFlow(supplier: string, recipient: string, item: Item, options?: ReadOptions): Promise<Statement[]>;
  listSources(): Promise<SourceRecord[]>;
  /** Every statement, tallied by flow, certainty, source and independent sources (for grading the sources). */
  tallyStatements(): Promise<StatementTally[]>;
  /** Who relayed whom: one chain per report passed on through others, circular ones marked (for the dashboard). */
  listRelayChains(flow?: { supplier: string; recipient: string; item: Item }): Promise<RelayChain[]>;
  /** The whole ledger's chains grouped by path (origin, relays, outlet), with counts and a few statements each. */
  listChainPaths(): Promise<ChainPath[]>;
  close(): Promise<void>;
}
