import { Worker } from "node:worker_threads";
import type { ArmsDocument } from "../core/document.js";
import type { InputFile } from "../ingest/read-files.js";
import { fromWire, type WireDocument } from "./wire.js";

/**
 * Reading and extracting on several threads, storing on one: `extractInOrder(inputs, { jobs: 2 })` yields
 * each document (an ArmsDocument, as processDocument gives it) in input order as soon as it and those
 * before it are done. At most `jobs * 16` documents are read ahead, so memory stays flat over a big folder.
 * With `jobs` 1 (the default) everything runs on this thread, as before.
 *
 *     for await (const { input, doc } of extractInOrder(readInputs(paths), { jobs: 2 })) await store.putDocument(doc);
 */
export interface PoolOptions {
  /** Worker threads (1: none, this thread extracts). */
  readonly jobs?: number;
  /** Publication date for inputs whose metadata carries none. */
  readonly published?: string | null;
}

export interface Extracted {
  readonly input: InputFile;
  readonly doc: ArmsDocument;
}

const withPublished = (input: InputFile, published: string | null | undefined): InputFile =>
  published && !input.meta?.published ? { ...input, meta: { ...input.meta, published } } : input;

export async function* extractInOrder(inputs: AsyncIterable<InputFile>, options: PoolOptions = {}): AsyncGenerator<Extracted> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  if (jobs === 1) {
    // The reading modules are loaded here, not with this file: with worker threads, only the threads load them
    // (some 0.7 s of CPU and the tagger's model that the main thread would load for nothing, before the threads start).
    const { processDocument } = await import("../pipeline.js");
    for await (const raw of inputs) {
      const input = withPublished(raw, options.published);
      yield { input, doc: processDocument(input) };
    }
    return;
  }
  const pool = new WorkerPool(jobs);
  try {
    // Documents read ahead: enough that a slow page at the head keeps no thread idle, few enough that memory stays flat.
    const window = jobs * 16;
    const pending: { input: InputFile; result: Promise<ArmsDocument> }[] = [];
    const iterator = inputs[Symbol.asyncIterator]();
    let done = false;
    while (!done || pending.length) {
      while (!done && pending.length < window) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const input = withPublished(next.value, options.published);
        const result = pool.run(input);
        result.catch(() => undefined); // awaited in order below; never an unhandled rejection meanwhile
        pending.push({ input, result });
      }
      const head = pending.shift();
      if (head) yield { input: head.input, doc: await head.result };
    }
  } finally {
    await pool.close();
  }
}

/**
 * A fixed set of worker threads, each given one document at a time: the others wait here and go to whichever
 * thread is free first. (Handing each document to the least busy thread when it arrived queued several behind a
 * slow page on one thread while the other stood idle: 1.2x one thread on two cores, where pulling gives more.)
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: boolean }[] = [];
  private readonly waiting = new Map<number, { resolve: (d: ArmsDocument) => void; reject: (e: Error) => void }>();
  private readonly queued: { seq: number; message: unknown }[] = [];
  private seq = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      const slot = { worker, busy: false };
      worker.on("message", (m: { seq: number; doc?: WireDocument; error?: string }) => {
        slot.busy = false;
        const w = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        if (m.doc) w?.resolve(fromWire(m.doc));
        else w?.reject(new Error(m.error ?? "the worker sent nothing"));
        this.pump();
      });
      worker.on("error", (error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
        this.queued.length = 0;
      });
      this.workers.push(slot);
    }
  }

  /** Reads one document on the first free thread; `budgetMs` tightens its time budget (an API request's). */
  run(input: InputFile, budgetMs?: number): Promise<ArmsDocument> {
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      const { path, bytes, meta, problem, problems } = input;
      this.queued.push({ seq, message: { seq, input: { path, bytes, meta, problem, problems }, ...(budgetMs ? { budgetMs } : {}) } });
      this.pump();
    });
  }

  /** Gives the waiting documents, in order, to the threads that are free. */
  private pump(): void {
    for (const slot of this.workers) {
      if (slot.busy) continue;
      const next = this.queued.shift();
      if (!next) return;
      slot.busy = true;
      slot.worker.postMessage(next.message);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * The worker thread, compiled (dist/work/extract-worker.js) or, where this file runs as TypeScript (tsx,
 * vitest), through tsx's loader registered inside the worker.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith(".js")) return new Worker(new URL("./extract-worker.js", here));
  const target = new URL("./extract-worker.ts", here).href;
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { eval: true });
}
