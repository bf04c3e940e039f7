import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Compare" };

export default function Page() {
  return <ComingSoon title="Compare" description="Two to four models side by side, every field, differences highlighted." />;
}
