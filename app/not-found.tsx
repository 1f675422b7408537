import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <PageHeader title="Not found" lead="There is nothing at this address, or you are not allowed to see it.">
      <p className="mt-4">
        <Link href="/" className="text-accent underline">
          Back to the home page
        </Link>
      </p>
    </PageHeader>
  );
}
