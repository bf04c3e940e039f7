import { Notice } from "@/components/ui/notice";
import type { LinkProblem } from "@/lib/url/link-guard";

/** Says what the page did with parts of a link it could not use as given (unknown IDs, repeats, overlong). */
export function LinkProblemsNotice({ problems }: { problems: LinkProblem[] }) {
  if (!problems.length) return null;
  return (
    <Notice title="Parts of this link were adjusted:">
      <ul className="list-inside list-disc break-words">
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
    </Notice>
  );
}
