// The admin's fact and evidence forms, and saving the generator's proposals as drafts.
import { defineAction } from "./define-action";
import { attachEvidenceByQuote as attachByQuote, attachEvidenceBySpan as attachBySpan, createFact as create, deleteEvidence as remove, updateFact as update } from "@/lib/data/fact-authoring";
import { saveGeneratedDrafts as saveDrafts, type SavedDraft } from "@/lib/data/generated-drafts";
import type { QuoteOccurrence } from "@/lib/domain/evidence-quote";
import {
  CreateFactSchema,
  DeleteEvidenceSchema,
  EvidenceByQuoteSchema,
  EvidenceBySpanSchema,
  SaveDraftsSchema,
  UpdateFactSchema,
  asOfText,
} from "@/lib/validation/fact-authoring";

const factPage = (factId: string) => `/admin/facts/${factId}`;

export const createFact = defineAction({
  name: "createFact",
  access: ["ADMIN"],
  schema: CreateFactSchema,
  async handler(input, context) {
    const fact = await create(context.user, input);
    return { effects: { revalidate: ["/admin/facts"], redirectTo: `${factPage(fact.id)}?created=1` } };
  },
});

export const updateFact = defineAction({
  name: "updateFact",
  access: ["ADMIN"],
  schema: UpdateFactSchema,
  async handler({ factId, ...input }, context) {
    await update(context.user, factId, input);
    return { message: "Saved.", effects: { revalidate: ["/admin/facts"] } };
  },
});

export const attachEvidenceBySpan = defineAction({
  name: "attachEvidenceBySpan",
  access: ["ADMIN"],
  schema: EvidenceBySpanSchema,
  async handler(input, context) {
    await attachBySpan(context.user, input);
    return { message: "The selected words were added as evidence.", effects: { revalidate: [factPage(input.factId)] } };
  },
});

/** What the quote form shows after an ambiguous quote: the places to choose from. */
export type QuoteFormData = { kind: "ambiguous"; occurrences: QuoteOccurrence[]; values: Record<string, string> };

export const attachEvidenceByQuote = defineAction({
  name: "attachEvidenceByQuote",
  access: ["ADMIN"],
  schema: EvidenceByQuoteSchema,
  async handler(input, context) {
    const outcome = await attachByQuote(context.user, input);
    if (outcome.kind === "ambiguous") {
      // The form comes back with what was typed, to choose a place and send it again.
      const values = { quote: input.quote, stance: input.stance, note: input.note ?? "", claimant: input.claimant ?? "", asOf: asOfText(input.asOf.asOf, input.asOf.asOfPrecision) };
      const data: QuoteFormData = { ...outcome, values };
      return { message: `The quote occurs ${outcome.occurrences.length} times in the source: choose which one you mean.`, data };
    }
    return { message: "The quote was added as evidence.", effects: { revalidate: [factPage(input.factId)] } };
  },
});

export const deleteEvidence = defineAction({
  name: "deleteEvidence",
  access: ["ADMIN"],
  schema: DeleteEvidenceSchema,
  async handler(input, context) {
    const { factId } = await remove(context.user, input.evidenceId);
    return { message: "The evidence was removed.", effects: { revalidate: [factPage(factId)] } };
  },
});

export type DraftsFormData = { drafts: SavedDraft[] };

export const saveGeneratedDrafts = defineAction({
  name: "saveGeneratedDrafts",
  access: ["ADMIN"],
  schema: SaveDraftsSchema,
  async handler(input, context) {
    const drafts = await saveDrafts(context.user, input.factId, input["proposals[]"]);
    const data: DraftsFormData = { drafts };
    const count = drafts.length === 1 ? "1 draft question" : `${drafts.length} draft questions`;
    return { message: `Saved ${count}. They are not published: open each to edit and review it.`, data, effects: { revalidate: ["/admin/questions"] } };
  },
});
