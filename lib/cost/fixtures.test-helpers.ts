/** Hand-made calculator models for the cost chart's tests (imported only by *.test.ts). */
import type { CalculatorModel } from "./calculator-models";
import { Dec } from "./decimal";
import { monthlyCost } from "./price";
import { toWorkload, type CalculatorInputs } from "./workload";

/** A model priced at `input` and `output` USD per 1M tokens (cached input a tenth), no limits in the way. */
export function calcModel(id: string, input: number, output: number, extra: Partial<CalculatorModel> = {}): CalculatorModel {
  return {
    id,
    tiers: { standard: { input, cachedInput: input / 10, output }, batch: null, flex: null, fast: null },
    longContext: null,
    contextWindow: 100_000_000,
    maxInput: null,
    maxOutput: null,
    reasoning: false,
    displayName: id,
    kind: "model",
    aliasId: null,
    size: "small",
    status: "active",
    shutdownDate: null,
    retired: false,
    outlook: { standing: "lasting", shutdownDate: null, daysLeft: null },
    replacement: null,
    ...extra,
  };
}

/** Exact Standard monthly cost of a model for these inputs; null when it cannot be priced. */
export const cost = (m: CalculatorModel, inputs: CalculatorInputs) => {
  const r = monthlyCost(m, toWorkload(inputs), "standard");
  return r.ok ? new Dec(r.perMonth) : null;
};
