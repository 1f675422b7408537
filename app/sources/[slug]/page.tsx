import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSourceForReader } from "@/lib/data/sources";
import { SourceText } from "@/components/sources/source-text";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format/dates";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceForReader(null, (await params).slug);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params }: Props) {
  const { slug } = await params;
  const source = await getSourceForReader(null, slug);
  if (!source) notFound();

  const facts = [
    source.publisher ? `Publisher: ${source.publisher}` : "Publisher not named in the text",
    source.publishedAt ? `Published ${formatDate(source.publishedAt)}` : null,
    source.retrievedAt ? `Retrieved ${formatDate(source.retrievedAt)}` : null,
  ].filter(Boolean);

  const byline = (
    <>
      {source.summary ? <p className="mt-3 max-w-prose text-lg text-muted">{source.summary}</p> : null}
      <p className="mt-3 text-sm text-muted">{facts.join(" · ")}</p>
      {source.url ? (
        <p className="mt-2 text-sm">
          <a href={source.url} className="text-accent underline" rel="noopener noreferrer">
            Read the original
          </a>
        </p>
      ) : null}
    </>
  );

  // A stored article's own headline is the page title (and citable as #s-1); a linked source
  // has only the title we gave it.
  if (source.text && source.sentences[0]?.kind === "HEADLINE") {
    return (
      <article className="mx-auto max-w-3xl">
        <SourceText source={{ ...source, text: source.text }} byline={byline} />
      </article>
    );
  }
  return (
    <article className="mx-auto max-w-3xl">
      <PageHeader title={source.title}>{byline}</PageHeader>
      {source.text ? (
        <SourceText source={{ ...source, text: source.text }} />
      ) : (
        <Card>
          <p className="text-muted">
            Cited links to this source but does not keep a copy of its text. Quotes from it are shown with each
            explanation, beside a link that opens the original at the quoted words.
          </p>
        </Card>
      )}
    </article>
  );
}
