"use client";

import dynamic from "next/dynamic";
import { startTransition, useEffect, useRef, useState } from "react";

import { usageReasoning, type UsageState } from "@/lib/url/usage";
import type { UsageCatalog } from "@/lib/usage/catalog";
import { sizeProblem } from "@/lib/usage/options";
import type { ParseProgress, UsageInput, UsageProblem } from "@/lib/usage/types";
import type { UsageLoad, UsageView as UsageViewData } from "@/lib/usage/view";

import { FilePicker } from "./file-picker";
import { LoadProblems } from "./load-problems";
import { ReadProgress } from "./read-progress";
import type { UsageWorker } from "./usage-worker-client";
import { useUsageState } from "./use-usage-state";

/**
 * The results are their own chunk: the empty page needs none of their tables; a shared link
 * renders them on the server as usual, and choosing a file fetches them while the file is read.
 */
const UsageResults = dynamic(() => import("./usage-results"));
const loadWorkerClient = () => import("./usage-worker-client");

class Cancelled extends Error {}

const CANCELLED: UsageProblem = { code: "cancelled", file: "", message: "Reading was cancelled." };

/** The worker, started on first use (its code is fetched then). */
async function workerOf(ref: { current: UsageWorker | null }) {
  const client = await loadWorkerClient();
  ref.current ??= client.startUsageWorker();
  return { api: ref.current.api, proxy: client.proxy };
}

/** Which reasoning assumption a view was computed under. */
const reasoningKey = (s: Pick<UsageState, "reasoning" | "fileReasoning">) =>
  `${s.reasoning ?? ""}/${s.reasoning === null ? "" : (s.fileReasoning ?? "")}`;

/** The "Your bill" island. `initialView` is the server's view of a shared summary (lib/url/usage-page.ts). */
export function UsageView({
  catalog,
  today,
  verifiedOn,
  initial,
  initialView,
}: {
  catalog: UsageCatalog;
  today: string;
  verifiedOn: string;
  initial: UsageState;
  initialView: UsageViewData | null;
}) {
  const [state, setState, url] = useUsageState(initial);
  const [view, setView] = useState(initialView);
  const [analysedKey, setAnalysedKey] = useState(() => reasoningKey(initial));
  const [progress, setProgress] = useState<ParseProgress | "starting" | null>(null);
  const [problems, setProblems] = useState<UsageProblem[]>([]);
  /** Bumped when the worker is stopped, so a re-analysis it dropped starts again on the next one. */
  const [workerGeneration, setWorkerGeneration] = useState(0);
  const worker = useRef<UsageWorker | null>(null);
  const cancelRun = useRef<(() => void) | null>(null);
  /** Each read has a number; only the latest may change the page. */
  const run = useRef(0);
  /** The usage files of the view on screen: a costs file chosen next is reconciled against them. */
  const usageFiles = useRef<UsageInput[]>([]);

  const { reasoning, fileReasoning } = state;
  const wantedKey = reasoningKey({ reasoning, fileReasoning });

  // The figures follow the reasoning assumption in the URL (typed in the fields, or a link's).
  // And a summary in the URL with no figures on screen is priced: the router restored the page
  // as first rendered (Back to a link whose summary was written after a file was read).
  const summary = url.summary;
  useEffect(() => {
    const stale = view !== null && analysedKey !== wantedKey;
    if (!stale && (view || !summary)) return;
    let live = true;
    void (async () => {
      try {
        const { api } = await workerOf(worker);
        const options = { today, reasoning: usageReasoning({ reasoning, fileReasoning }) };
        const next = view ? await api.reanalyze(view, catalog, options) : await api.summaryView(summary!, catalog, options);
        if (!live) return;
        // A transition: React renders the new figures in slices, the page stays responsive.
        startTransition(() => {
          setView(next);
          setAnalysedKey(wantedKey);
        });
      } catch {
        // The worker stopped (cancelled): the next generation retries.
      }
    })();
    return () => {
      live = false;
    };
  }, [view, summary, analysedKey, wantedKey, reasoning, fileReasoning, catalog, today, workerGeneration]);

  /** The worker's answer, or Cancelled when the user cancels first (the worker is then stopped). */
  function cancellable<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, new Promise<T>((_, reject) => (cancelRun.current = () => reject(new Cancelled())))]);
  }

  async function read(inputs: UsageInput[]) {
    if (!inputs.length) return;
    const tooLarge = inputs.flatMap(
      (i) => sizeProblem(i.name, typeof i.content === "string" ? i.content.length : i.content.size) ?? [],
    );
    // A file over the limit is refused here, before any code or byte goes to the worker.
    if (tooLarge.length) return void setProblems(tooLarge);
    const id = ++run.current;
    setProblems([]);
    setProgress("starting");
    void import("./usage-results");
    const previousUsage = view?.source === "file" ? usageFiles.current : [];
    try {
      const { api, proxy } = await workerOf(worker);
      const onProgress = proxy((p: ParseProgress) => {
        if (run.current === id) setProgress(p);
      });
      const result = await cancellable<UsageLoad>(
        api.load(inputs, catalog, { today, reasoning: usageReasoning({ reasoning, fileReasoning }), previousUsage }, onProgress),
      );
      if (run.current !== id) return;
      if (!result.ok) return void setProblems(result.problems);
      const read = result.withPrevious ? [...previousUsage, ...inputs] : inputs;
      usageFiles.current = result.usageInputs.map((i) => read[i]!);
      // Not a transition: the summary written to the URL next must find these figures on screen,
      // or the effect above would price the summary instead (and lose the costs reconciliation).
      setView(result.view);
      setAnalysedKey(wantedKey);
      void setState({ summary: result.view.link.ok ? result.view.link.linkForm : null });
    } catch (e) {
      if (run.current !== id) return;
      setProblems([
        e instanceof Cancelled ? CANCELLED : { code: "internal", file: "", message: `The files could not be read: ${String(e)}` },
      ]);
    } finally {
      if (run.current === id) setProgress(null);
    }
  }

  function cancel() {
    run.current++;
    cancelRun.current?.();
    // A worker busy in one long step (JSON.parse of a large file) would finish it before
    // looking at a message: stopping it is immediate. The next file starts a new one.
    worker.current?.terminate();
    worker.current = null;
    setWorkerGeneration((g) => g + 1);
    setProgress(null);
    setProblems([CANCELLED]);
  }

  const busy = progress !== null;
  return (
    <div className="space-y-6">
      <FilePicker onFiles={(inputs) => void read(inputs)} busy={busy} />
      {progress ? <ReadProgress progress={progress === "starting" ? null : progress} onCancel={cancel} /> : null}
      <LoadProblems problems={problems} hasResult={view !== null} />
      {view ? (
        <UsageResults
          view={view}
          state={state}
          setState={setState}
          updating={analysedKey !== wantedKey}
          verifiedOn={verifiedOn}
        />
      ) : null}
    </div>
  );
}
