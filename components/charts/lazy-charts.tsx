"use client";

/**
 * The four charts, each loaded on demand: recharts reaches the browser only when a chart is on
 * screen (a chart shown as a table loads nothing), and never on other routes. Charts render on
 * the client only (recharts' responsive sizing needs layout); ChartFrame reserves their height.
 */
import dynamic from "next/dynamic";

const loading = () => null;

export const LazyBenchmarkChart = dynamic(() => import("./recharts/benchmark-chart"), { ssr: false, loading });
export const LazyPriceChart = dynamic(() => import("./recharts/price-chart"), { ssr: false, loading });
export const LazyContextChart = dynamic(() => import("./recharts/context-chart"), { ssr: false, loading });
export const LazyQualityChart = dynamic(() => import("./recharts/quality-chart"), { ssr: false, loading });
