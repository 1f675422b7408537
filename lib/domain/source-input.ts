// Checks the fields of the "add a source" form (and of a corrected text). Every problem is
// reported against its field, in words the admin can act on; nothing is trimmed silently
// except surrounding spaces of single-line fields. The text is kept byte-exact but for its line
// ends, which are the browser's (CRLF), not the source's.
import { hasControlCharacters } from "./control-characters";

export const maxSourceTextLength = 200_000;
export const maxTitleLength = 300;
export const maxPublisherLength = 200;
export const maxUrlLength = 2_000;

export type SourceMode = "text" | "link";
export type SourceStatusChoice = "DRAFT" | "PUBLISHED";

export type SourceInput = {
  mode: SourceMode;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  retrievedAt: Date | null;
  text: string | null;
  status: SourceStatusChoice;
};

export type SourceFieldErrors = Record<string, string[]>;
export type ParsedSourceInput = { ok: true; value: SourceInput } | { ok: false; fieldErrors: SourceFieldErrors };

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** A calendar day "YYYY-MM-DD" that exists (no 31 February), as midnight UTC; "" is null. */
export function parseDay(value: string): Date | null | "invalid" {
  if (value === "") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return "invalid";
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "invalid";
  return date;
}

/** An absolute http(s) address, or the reason it is not one. */
export function checkUrl(value: string): string | null {
  if (value.length > maxUrlLength) return `The address is longer than ${maxUrlLength.toLocaleString("en")} characters.`;
  if (/\s/.test(value)) return "The address cannot contain spaces.";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a full address starting with https:// or http://.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "Only http and https addresses are allowed.";
  if (!url.hostname) return "The address has no host name.";
  return null;
}

export function parseSourceFields(fields: Record<string, unknown>, now: Date = new Date()): ParsedSourceInput {
  const errors: SourceFieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  const mode: SourceMode = str(fields.mode) === "link" ? "link" : "text";
  const title = str(fields.title).trim();
  const publisher = str(fields.publisher).trim();
  const url = str(fields.url).trim();
  // A browser always sends a textarea's line breaks as CRLF: stored as LF, as the seed's files are,
  // so the same article gives the same text and hash however it arrived.
  const text = str(fields.text).replace(/\r\n?/g, "\n");
  const status: SourceStatusChoice = str(fields.status) === "PUBLISHED" ? "PUBLISHED" : "DRAFT";

  for (const [field, value] of [["title", title], ["publisher", publisher], ["url", url], ["publishedAt", str(fields.publishedAt)], ["retrievedAt", str(fields.retrievedAt)]] as const) {
    if (hasControlCharacters(value) || /[\r\n]/.test(value)) add(field, "Remove the invisible control characters and line breaks.");
  }
  if (title === "") add("title", "Enter the source's title.");
  else if (title.length > maxTitleLength) add("title", `The title is longer than ${maxTitleLength} characters.`);
  if (publisher.length > maxPublisherLength) add("publisher", `The publisher is longer than ${maxPublisherLength} characters.`);

  if (url === "") {
    if (mode === "link") add("url", "A link-only source needs its address.");
  } else {
    const problem = checkUrl(url);
    if (problem) add("url", problem);
  }

  const days: Record<"publishedAt" | "retrievedAt", Date | null> = { publishedAt: null, retrievedAt: null };
  for (const field of ["publishedAt", "retrievedAt"] as const) {
    const parsed = parseDay(str(fields[field]).trim());
    if (parsed === "invalid") add(field, "Enter a real date (year-month-day).");
    else if (parsed && parsed.getTime() > now.getTime() + 24 * 3600 * 1000) add(field, "This date is in the future.");
    else days[field] = parsed;
  }
  if (days.publishedAt && days.retrievedAt && days.retrievedAt < days.publishedAt) add("retrievedAt", "A source cannot be retrieved before it was published.");

  if (mode === "text") {
    if (text.trim() === "") add("text", "Paste the source's text, or choose “Link only”.");
    else if (text.length > maxSourceTextLength)
      add("text", `The text is ${text.length.toLocaleString("en")} characters long; the limit is ${maxSourceTextLength.toLocaleString("en")}. Paste the article only, without comments or other pages.`);
    else if (hasControlCharacters(text)) add("text", "The text contains invisible control characters: remove them (line breaks and tabs are fine).");
  }

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: {
      mode,
      title,
      publisher: publisher || null,
      url: url || null,
      publishedAt: days.publishedAt,
      retrievedAt: days.retrievedAt,
      text: mode === "text" ? text : null,
      status,
    },
  };
}

/** A slug from a title: lower-case ASCII words joined by hyphens, at most 60 characters. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "source";
}

/** The slug of revision `revision` of a source whose first slug is `slug` ("report-r2"). */
export function revisionSlug(slug: string, revision: number): string {
  return `${slug.replace(/-r\d+$/, "")}-r${revision}`;
}
