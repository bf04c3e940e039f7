/**
 * Cost at a volume: one dimension of the workload (input or output tokens) varies, everything
 * else stays as the user set it. Exact monthly cost of a model at any volume (memoised per
 * chart), and where along the axis a model can be priced and where its surcharge jumps. The
 * chart (chart.ts) and the crossovers (crossovers.ts) both read costs through here.
 */
import type { CalculatorModel } from "./calculator-models";
import { Dec } from "./decimal";
import { monthlyCost } from "./price";
import type { ServiceTier } from "./types";
import { toWorkload, type CalculatorInputs } from "./workload";

export type AxisInfo = {
  key: "inputPerDay" | "outputPerDay" | "inputPerRequest" | "outputPerRequest";
  min: number;
  max: number;
  /** "input tokens per day" */
  label: string;
  /** "input" or "output" */
  noun: string;
};

export type VolumeContext = { inputs: CalculatorInputs; tier: ServiceTier; axis: AxisInfo; cache: Map<string, Dec | null> };

/** Monthly cost of a model at volume x of the varied dimension; null when it cannot be priced. */
export function costAt(ctx: VolumeContext, model: CalculatorModel, x: number): Dec | null {
  const key = `${model.id}@${x}`;
  const hit = ctx.cache.get(key);
  if (hit !== undefined) return hit;
  const r = monthlyCost(model, toWorkload({ ...ctx.inputs, [ctx.axis.key]: x }), ctx.tier);
  const value = r.ok ? new Dec(r.perMonth) : null;
  ctx.cache.set(key, value);
  return value;
}

export type Domain = {
  /** Largest volume the model can take within the axis range; null when none. */
  end: number | null;
  /** Volumes where a new affine piece starts (the first volume billed with the surcharge). */
  jumps: number[];
};

export function domainOf(ctx: VolumeContext, model: CalculatorModel): Domain {
  const { min, max } = ctx.axis;
  if (costAt(ctx, model, min) === null) return { end: null, jumps: [] };
  let end = max;
  if (costAt(ctx, model, max) === null) {
    // Being priced is monotone in volume (a bigger request only ever exceeds more limits).
    let lo = min;
    let hi = max;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (costAt(ctx, model, mid) === null) hi = mid;
      else lo = mid;
    }
    end = lo;
  }
  const jumps: number[] = [];
  const lc = model.longContext;
  if (lc && ctx.inputs.mode === "request" && ctx.axis.key === "inputPerRequest") {
    const first = lc.thresholdTokens + 1;
    if (first > min && first <= end) jumps.push(first);
  }
  return { end, jumps };
}
