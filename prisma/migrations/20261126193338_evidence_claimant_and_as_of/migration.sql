-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "asOf" DATE,
ADD COLUMN     "asOfPrecision" "DatePrecision",
ADD COLUMN     "claimant" TEXT;

-- Written by hand (see ../README.md). An as-of date comes with its precision, and a claimant is
-- a name or nothing. Existing rows have neither (valid); the seed fills in the seeded ones.
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_as_of_has_precision" CHECK (("asOf" IS NULL) = ("asOfPrecision" IS NULL));
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimant_not_blank" CHECK ("claimant" IS NULL OR btrim("claimant") <> '');

-- Cited evidence keeps its label once it has one: a label may be filled in where none was
-- recorded (rows older than these columns), never changed under the questions that cite it.
DROP TRIGGER "Evidence_cited_immutable" ON "Evidence";
CREATE TRIGGER "Evidence_cited_immutable" BEFORE UPDATE ON "Evidence"
  FOR EACH ROW WHEN (OLD.quote IS DISTINCT FROM NEW.quote OR OLD.start IS DISTINCT FROM NEW.start OR OLD."end" IS DISTINCT FROM NEW."end"
    OR OLD."factId" IS DISTINCT FROM NEW."factId" OR OLD."sourceId" IS DISTINCT FROM NEW."sourceId" OR OLD.stance IS DISTINCT FROM NEW.stance
    OR ((OLD.claimant IS NOT NULL OR OLD."asOf" IS NOT NULL)
      AND (OLD.claimant IS DISTINCT FROM NEW.claimant OR OLD."asOf" IS DISTINCT FROM NEW."asOf" OR OLD."asOfPrecision" IS DISTINCT FROM NEW."asOfPrecision")))
  EXECUTE FUNCTION cited_refuse_cited_evidence_change();
