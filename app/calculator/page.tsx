import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Cost calculator" };

export default function Page() {
  return <ComingSoon title="Cost calculator" description="Price your own monthly workload on every model: token volumes, caching, service tiers, exact money." />;
}
