"use client";

/**
 * The scatter, loaded on demand: recharts reaches the browser only when it is on screen (shown
 * as a table it loads nothing), and never on other routes. The bar charts need no library
 * (bar-chart.tsx). recharts renders on the client only (its responsive sizing needs layout);
 * ChartFrame reserves the chart's height.
 */
import dynamic from "next/dynamic";

export const LazyQualityChart = dynamic(() => import("./recharts/quality-chart"), { ssr: false, loading: () => null });
