-- CreateTable
CREATE TABLE "AssignmentItem" (
    "assignmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionVersionId" TEXT NOT NULL,

    CONSTRAINT "AssignmentItem_pkey" PRIMARY KEY ("assignmentId","position")
);

-- CreateIndex
CREATE INDEX "AssignmentItem_questionVersionId_idx" ON "AssignmentItem"("questionVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentItem_assignmentId_questionVersionId_key" ON "AssignmentItem"("assignmentId", "questionVersionId");

-- AddForeignKey
ALTER TABLE "AssignmentItem" ADD CONSTRAINT "AssignmentItem_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentItem" ADD CONSTRAINT "AssignmentItem_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ── Assignments freeze their questions ────────────────────────────────────────────────────
-- A new assignment records its set's current published versions, in the set's order.
CREATE FUNCTION cited_freeze_assignment_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AssignmentItem" ("assignmentId", "position", "questionVersionId")
  SELECT NEW.id, (row_number() OVER (ORDER BY qi.position) - 1)::int, q."currentVersionId"
  FROM "QuizItem" qi JOIN "Question" q ON q.id = qi."questionId"
  WHERE qi."quizSetId" = NEW."quizSetId" AND q.status = 'PUBLISHED' AND q."currentVersionId" IS NOT NULL;
  RETURN NULL;
END $$;
CREATE TRIGGER "Assignment_freeze_items" AFTER INSERT ON "Assignment"
  FOR EACH ROW EXECUTE FUNCTION cited_freeze_assignment_items();

-- An assignment keeps its set: a different set is a different assignment.
CREATE FUNCTION cited_refuse_assignment_set_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an assignment keeps its quiz set: create a new assignment instead' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "Assignment_keeps_its_set" BEFORE UPDATE OF "quizSetId" ON "Assignment"
  FOR EACH ROW WHEN (OLD."quizSetId" IS DISTINCT FROM NEW."quizSetId") EXECUTE FUNCTION cited_refuse_assignment_set_change();

-- Assignments made before this migration freeze the versions current now (their attempts
-- already hold the versions they showed).
INSERT INTO "AssignmentItem" ("assignmentId", "position", "questionVersionId")
SELECT a.id, (row_number() OVER (PARTITION BY a.id ORDER BY qi.position) - 1)::int, q."currentVersionId"
FROM "Assignment" a JOIN "QuizItem" qi ON qi."quizSetId" = a."quizSetId" JOIN "Question" q ON q.id = qi."questionId"
WHERE q.status = 'PUBLISHED' AND q."currentVersionId" IS NOT NULL;

-- ── History cannot change ─────────────────────────────────────────────────────────────────
-- A question version is a fact of history: editing a question makes a new version.
CREATE FUNCTION cited_refuse_version_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'question versions cannot change: make a new version' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "QuestionVersion_immutable" BEFORE UPDATE ON "QuestionVersion"
  FOR EACH ROW EXECUTE FUNCTION cited_refuse_version_update();

-- A published source's text (and the sentences cut from it) never changes: a corrected text
-- is a new source.
CREATE FUNCTION cited_refuse_published_text_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a published source''s text cannot change: add a corrected source instead' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "Source_published_text_immutable" BEFORE UPDATE ON "Source"
  FOR EACH ROW WHEN (OLD.status = 'PUBLISHED' AND (OLD.text IS DISTINCT FROM NEW.text OR OLD."contentHash" IS DISTINCT FROM NEW."contentHash"))
  EXECUTE FUNCTION cited_refuse_published_text_change();

-- Evidence that a question version cites keeps its quote, place, fact and source.
CREATE FUNCTION cited_refuse_cited_evidence_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Citation" c WHERE c."evidenceId" = OLD.id) THEN
    RAISE EXCEPTION 'cited evidence cannot change: add new evidence instead' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Evidence_cited_immutable" BEFORE UPDATE ON "Evidence"
  FOR EACH ROW WHEN (OLD.quote IS DISTINCT FROM NEW.quote OR OLD.start IS DISTINCT FROM NEW.start OR OLD."end" IS DISTINCT FROM NEW."end"
    OR OLD."factId" IS DISTINCT FROM NEW."factId" OR OLD."sourceId" IS DISTINCT FROM NEW."sourceId" OR OLD.stance IS DISTINCT FROM NEW.stance)
  EXECUTE FUNCTION cited_refuse_cited_evidence_change();

-- A fact whose evidence a question version cites keeps its wording, kind, claimant and date.
CREATE FUNCTION cited_refuse_cited_fact_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Evidence" e JOIN "Citation" c ON c."evidenceId" = e.id WHERE e."factId" = OLD.id) THEN
    RAISE EXCEPTION 'a cited fact cannot change: record a new fact instead' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Fact_cited_immutable" BEFORE UPDATE ON "Fact"
  FOR EACH ROW WHEN (OLD.statement IS DISTINCT FROM NEW.statement OR OLD.kind IS DISTINCT FROM NEW.kind
    OR OLD."attributedTo" IS DISTINCT FROM NEW."attributedTo" OR OLD."asOf" IS DISTINCT FROM NEW."asOf" OR OLD."asOfPrecision" IS DISTINCT FROM NEW."asOfPrecision")
  EXECUTE FUNCTION cited_refuse_cited_fact_change();

-- A question's current version is one of its own versions. (A composite foreign key would say
-- the same, but Prisma cannot model one that shares the question's primary key.)
CREATE FUNCTION cited_check_current_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."currentVersionId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "QuestionVersion" v WHERE v.id = NEW."currentVersionId" AND v."questionId" = NEW.id) THEN
    RAISE EXCEPTION 'a question''s current version must be one of its own versions' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Question_current_version_is_own" BEFORE INSERT OR UPDATE OF "currentVersionId" ON "Question"
  FOR EACH ROW EXECUTE FUNCTION cited_check_current_version();

-- A published question has a current version.
ALTER TABLE "Question" ADD CONSTRAINT "Question_published_has_version" CHECK (status <> 'PUBLISHED' OR "currentVersionId" IS NOT NULL);
