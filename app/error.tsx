"use client";

import { PageHeader } from "@/components/ui/page-header";

// The detail of a server error stays in the server log; the page says only that it happened.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageHeader title="Something went wrong" lead="The page could not be shown. Nothing you saved was lost.">
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-accent px-4 py-2 text-accent-ink">
        Try again
      </button>
    </PageHeader>
  );
}
