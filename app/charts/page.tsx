import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Charts" };

export default function Page() {
  return <ComingSoon title="Charts" description="Benchmark scores, prices, context windows and quality against price, drawn from the catalog." />;
}
