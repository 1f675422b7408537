import { Badge } from "@/components/ui/badge";

const labels = { DRAFT: "Draft", PUBLISHED: "Published", RETIRED: "Retired" } as const;

export function SourceStatus({ status }: { status: keyof typeof labels }) {
  return <Badge tone={status === "PUBLISHED" ? "accent" : "neutral"}>{labels[status]}</Badge>;
}
