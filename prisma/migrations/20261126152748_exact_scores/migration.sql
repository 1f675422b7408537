-- AlterTable
ALTER TABLE "Attempt" ALTER COLUMN "score" SET DATA TYPE DECIMAL(10,2),
ALTER COLUMN "maxScore" SET DATA TYPE DECIMAL(10,2);

-- AlterTable
ALTER TABLE "Response" ALTER COLUMN "score" SET DATA TYPE DECIMAL(10,2);

-- A submitted attempt's total is the sum of its responses' scores: checked when the
-- transaction that writes either of them commits (a regrade or an override updates both).
CREATE FUNCTION cited_check_attempt_total() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  attempt_id text;
BEGIN
  -- Two statements, not one CASE: a row of "Attempt" has no "attemptId" field to read.
  IF TG_TABLE_NAME = 'Attempt' THEN
    attempt_id := NEW.id;
  ELSE
    attempt_id := NEW."attemptId";
  END IF;
  IF EXISTS (
    SELECT 1 FROM "Attempt" a
    WHERE a.id = attempt_id AND a.score IS NOT NULL
      AND a.score <> COALESCE((SELECT sum(r.score) FROM "Response" r WHERE r."attemptId" = a.id), 0)
  ) THEN
    RAISE EXCEPTION 'an attempt''s score must equal the sum of its responses'' scores' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "Attempt_total_is_sum" AFTER INSERT OR UPDATE OF score ON "Attempt"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cited_check_attempt_total();
CREATE CONSTRAINT TRIGGER "Response_score_in_total" AFTER UPDATE OF score ON "Response"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cited_check_attempt_total();
