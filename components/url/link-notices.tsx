import { LinkProblemsNotice } from "@/components/share/link-problems-notice";
import type { ViewPage } from "@/lib/url/page";

import { IgnoredParamsNotice } from "./ignored-params-notice";

/** What a view's loader found in its link: parameters it could not read, then what it adjusted. */
export function LinkNotices({ ignored, problems }: Pick<ViewPage<unknown>, "ignored" | "problems">) {
  return (
    <>
      <IgnoredParamsNotice ignored={ignored} />
      <LinkProblemsNotice problems={problems} />
    </>
  );
}
