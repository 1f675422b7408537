import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function Forbidden() {
  return (
    <PageHeader title="Not allowed" lead="Your account cannot open this page.">
      <p className="mt-4">
        <Link href="/" className="text-accent underline">
          Back to the home page
        </Link>
      </p>
    </PageHeader>
  );
}
