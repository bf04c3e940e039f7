import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata: Metadata = { title: "Migration planner" };

export default function Page() {
  return (
    <ComingSoon
      title="Migration planner"
      description="Pick the model you use today and see its shutdown date, the recommended replacement, what changes and what it will cost."
    />
  );
}
