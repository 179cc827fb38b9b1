// The write token: ARMSFLOW_TOKEN if set, else a random one kept in a file under the data folder.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

export interface ResolvedToken {
  readonly token: string;
  /** Where it came from: the environment, an existing file, or a file made just now. */
  readonly origin: "env" | "file" | "created";
  readonly file: string | null;
}

/** `resolveToken({dataDir: "data"})` → the token in data/token, made on first call (mode 0600). */
export function resolveToken(options: { env?: NodeJS.ProcessEnv; dataDir: string }): ResolvedToken {
  const fromEnv = (options.env ?? process.env).ARMSFLOW_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, origin: "env", file: null };
  const file = join(options.dataDir, "token");
  if (existsSync(file)) {
    const token = readFileSync(file, "utf8").trim();
    if (token) return { token, origin: "file", file };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const token = randomBytes(24).toString("base64url");
  writeFileSync(file, token + "\n", { mode: 0o600 });
  return { token, origin: "created", file };
}
