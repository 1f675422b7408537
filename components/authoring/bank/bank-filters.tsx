import { Button } from "@/components/ui/button";
import { questionTypeLabels } from "@/components/teach/words";
import { questionStatuses, questionTypes, type AdminBankSearch } from "@/lib/validation/set-authoring";

const inputClass = "min-h-10 max-w-full rounded-md border border-line bg-card px-3 py-2 text-base";
export const statusLabels: Record<string, string> = { DRAFT: "Draft", PUBLISHED: "Published", RETIRED: "Retired" };

function TextFilter({ id, name, label, value, width }: { id: string; name: string; label: string; value?: string; width: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} type="search" maxLength={200} defaultValue={value} className={`${inputClass} ${width}`} />
    </div>
  );
}

/** The bank's filters: a plain GET form, so a search is a link that works without JavaScript. */
export function BankFilters({ search }: { search: AdminBankSearch }) {
  return (
    <form role="search" aria-label="Filter the question bank" method="get" className="mb-4 flex flex-wrap items-end gap-3">
      <TextFilter id="bank-q" name="q" label="Words (stem, options, explanation)" value={search.q} width="w-72" />
      <div className="flex flex-col gap-1">
        <label htmlFor="bank-type" className="text-sm font-medium">
          Type
        </label>
        <select id="bank-type" name="type" defaultValue={search.type ?? ""} className={inputClass}>
          <option value="">Any type</option>
          {questionTypes.map((type) => (
            <option key={type} value={type}>
              {questionTypeLabels[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="bank-status" className="text-sm font-medium">
          Status
        </label>
        <select id="bank-status" name="status" defaultValue={search.status ?? ""} className={inputClass}>
          <option value="">Any status</option>
          {questionStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <TextFilter id="bank-fact" name="fact" label="Fact (code or words)" value={search.fact} width="w-40" />
      <TextFilter id="bank-source" name="source" label="Source (title or address)" value={search.source} width="w-48" />
      <TextFilter id="bank-tag" name="tag" label="Tag" value={search.tag} width="w-40" />
      <Button variant="secondary">Filter</Button>
    </form>
  );
}
