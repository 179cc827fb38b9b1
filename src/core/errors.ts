/**
 * The one error registry (STYLE.md habit 7): every error the engine or the API shows a user has a
 * stable code, a message and an HTTP status here. docs/api.md carries the same table; a test keeps
 * them in step. Error bodies are built from this registry only, never from driver or library text.
 */
export interface ErrorSpec {
  readonly status: number;
  readonly message: string;
}

export const ERRORS = {
  BAD_REQUEST: { status: 400, message: "The request is not valid." },
  BAD_JSON: { status: 400, message: "The request body is not valid JSON." },
  EMPTY_REPORT: { status: 400, message: "The report has no text: send `text` or `html`." },
  UNAUTHORIZED: { status: 401, message: "This request needs a token: send `Authorization: Bearer TOKEN`." },
  FORBIDDEN: { status: 403, message: "The token is not valid." },
  LEDGER_READ_ONLY: { status: 403, message: "The ledger is served read-only: it cannot be changed." },
  NOT_FOUND: { status: 404, message: "No such route." },
  DOCUMENT_NOT_FOUND: { status: 404, message: "No document with this id." },
  STATEMENT_NOT_FOUND: { status: 404, message: "No statement with this id." },
  FLOW_NOT_FOUND: { status: 404, message: "No flow with this supplier, recipient and item." },
  REQUEST_TIMEOUT: { status: 408, message: "The request took too long to arrive." },
  BODY_TOO_LARGE: { status: 413, message: "The request body is too large." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Send the body as application/json." },
  REPORT_UNREADABLE: { status: 422, message: "The report could not be read." },
  RATE_LIMITED: { status: 429, message: "Too many writes: wait a moment and try again." },
  HEADERS_TOO_LARGE: { status: 431, message: "The request headers are too large." },
  INTERNAL: { status: 500, message: "Something went wrong on the server." },
  STORE_UNAVAILABLE: { status: 503, message: "The ledger store is not reachable." },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** An error the engine raises on purpose: its code picks the message and status from the registry. */
export class ArmsflowError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** A short detail written by us (never driver text), shown after the registry message. */
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${ERRORS[code].message} ${detail}` : ERRORS[code].message, options);
    this.name = "ArmsflowError";
    this.code = code;
    this.status = ERRORS[code].status;
    this.detail = detail;
  }
}

/** The JSON body of an error response: `errorBody("NOT_FOUND")` → `{error: {code: "NOT_FOUND", message: "No such route."}}` */
export function errorBody(code: ErrorCode, detail?: string): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message: detail ? `${ERRORS[code].message} ${detail}` : ERRORS[code].message } };
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERRORS, code);
}
