#!/usr/bin/env -S node --no-regexp-tier-up --no-turbo-inlining --interrupt-budget=300000
// The installed command: runs the compiled CLI (npm install builds it through "prepare").
// --no-regexp-tier-up: V8 compiles each regular expression to machine code at once instead of interpreting its first
// run and compiling it again on the second; a cold start (a new process, or each worker thread of --jobs, which
// shares the process's V8 flags) reads its first page with about a third less CPU (docs/benchmarks.md). A V8 flag
// can only be given when node starts (not in a worker's execArgv, not safely at run time), hence here.
// --no-turbo-inlining: the optimising compiler compiles each function alone instead of with the functions it calls
// inlined. The reader's large rule functions were compiled whole, thrown away at the first record of an unseen
// shape and compiled again; alone, each compilation is small. V8's compiler threads spend a third less, the process
// about a tenth less CPU, a cold start's first pages up to a sixth less; what is read is the same (docs/benchmarks.md).
// --interrupt-budget=300000 (V8's default 67584): a function runs about four times longer in the interpreter before the
// optimising compiler looks at it, so it is compiled once on what most pages feed it, not early on the first pages'
// records and again after each throw-away; some 5-10 % less CPU per page on transfer reports; what is read is the same
// (docs/benchmarks.md, 2026-12-07).
import "../dist/cli/main.js";
