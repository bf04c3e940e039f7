import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Selection wizard" };

export default function Page() {
  return <ComingSoon title="Selection wizard" description="Four questions (priority, context, images, your data) that lead to a ranked, explained shortlist." />;
}
