import { setFlagsFromString } from "node:v8";

/**
 * Has V8 compile each regular expression to machine code on its first use, instead of first to bytecode that it
 * interprets and then, on the next use, to machine code ("tier-up"). Matches are the same either way; only the
 * work of compiling differs. For the lexicons' long alternations (thousands of characters, case-insensitive, with
 * look-arounds) the bytecode step costs far more than the machine code: the transfer and certainty scans take
 * ~140 ms of CPU each to reach bytecode and ~15-30 ms to reach machine code (docs/benchmarks.md, 2026-12-03 22:20).
 * Every process and worker thread pays that once per expression, so the first pages a process reads pay most.
 * The flag is read when an expression is first run, so setting it after the lexicons are built still counts;
 * it is process-wide (worker threads included) and setting it twice is harmless.
 */
export function compileRegexpsDirectly(): void {
  setFlagsFromString("--no-regexp-tier-up");
}
