import { buttonVariants } from "@/components/ui/button";
import { fieldVariants } from "@/components/ui/field";
import { IntentLink } from "@/components/ui/intent-link";
import { KIND_PLURAL } from "@/lib/changes/describe";
import { CHANGE_KINDS } from "@/lib/changes/kinds";
import { changesHref, changesUrlKeys, toggleKindHref, type ChangesState } from "@/lib/url/changes";
import type { ModelOption } from "@/lib/url/changes-page";

/**
 * The change log's filters, without JavaScript: a GET form for the model (its hidden field keeps
 * the kinds) and one link per kind that switches it on or off. Both write the contract's keys.
 */
export function ChangeFilters({ state, options }: { state: ChangesState; options: readonly ModelOption[] }) {
  const chosen = state.models.length === 1 ? state.models[0] : "";
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
      <form action={changesHref()} method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Model
          <select name={changesUrlKeys.models} defaultValue={chosen} className={fieldVariants({ size: "md" })}>
            <option value="">All models</option>
            {state.models.length > 1 ? <option value={state.models.join(",")}>{state.models.join(", ")}</option> : null}
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        {state.kinds.length ? <input type="hidden" name={changesUrlKeys.kinds} value={state.kinds.join(",")} /> : null}
        <button type="submit" className={buttonVariants({ size: "md" })}>
          Show
        </button>
      </form>
      <nav aria-label="Kinds of change" className="flex flex-wrap items-center gap-1.5 text-sm">
        <IntentLink
          href={changesHref({ ...state, kinds: [] })}
          aria-current={state.kinds.length === 0 ? "true" : undefined}
          className={buttonVariants({ size: "sm", className: chipClass })}
        >
          All kinds
        </IntentLink>
        {CHANGE_KINDS.map((kind) => (
          <IntentLink
            key={kind}
            href={toggleKindHref(state, kind)}
            aria-current={state.kinds.includes(kind) ? "true" : undefined}
            className={buttonVariants({ size: "sm", className: chipClass })}
          >
            {KIND_PLURAL[kind]}
          </IntentLink>
        ))}
      </nav>
    </div>
  );
}

/** A chosen chip shows in the accent, like a pressed toggle button. */
const chipClass = "aria-[current=true]:border-accent-strong aria-[current=true]:bg-accent-soft aria-[current=true]:text-accent";
