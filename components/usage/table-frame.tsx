import type { ReactNode } from "react";

import { panelVariants } from "@/components/ui/panel";

/** A table's frame: scrolls sideways on a phone (and can be scrolled by keyboard), named for screen readers. */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={panelVariants({ className: "relative overflow-x-auto" })}>
      {children}
    </div>
  );
}

export const TH = "px-3 py-2 font-medium whitespace-nowrap";
export const TH_NUM = `${TH} text-right`;
export const TD = "px-3 py-2 align-top";
export const TD_NUM = `${TD} text-right tabular-nums whitespace-nowrap`;

/** A table's header row: column names, numeric ones aligned right. */
export function HeadRow({ columns }: { columns: { label: ReactNode; numeric?: boolean }[] }) {
  return (
    <thead className="bg-surface-muted">
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={c.numeric ? TH_NUM : TH}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
