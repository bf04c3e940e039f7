import { Notice } from "@/components/ui/notice";
import type { IgnoredParam } from "@/lib/url/ignored";

/** Says which link parameters could not be read and were replaced by defaults. */
export function IgnoredParamsNotice({ ignored }: { ignored: IgnoredParam[] }) {
  if (!ignored.length) return null;
  return (
    <Notice
      title={`This link had ${ignored.length === 1 ? "a setting" : "settings"} we could not read, so ${ignored.length === 1 ? "it uses its default" : "they use their defaults"}:`}
    >
      <ul className="list-inside list-disc">
        {ignored.map((p) => (
          <li key={p.key}>
            <code className="font-mono">{p.key}</code> = <code className="font-mono break-all">{p.value}</code>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
