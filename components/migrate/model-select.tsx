import { inputClass } from "@/components/ui/number-field";
import type { OptionGroup } from "@/lib/migrate/options";

/** The planner's links (buttons styled as links too). */
export const linkClass = "font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300";

/** A labelled model picker: option groups by lifecycle status (from) or by kind (to). */
export function Select({ id, label, value, groups, onChange, placeholder }: {
  id: string;
  label: string;
  value: string;
  groups: OptionGroup[];
  onChange: (v: string) => void;
  placeholder?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${inputClass} max-w-md font-mono`}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
