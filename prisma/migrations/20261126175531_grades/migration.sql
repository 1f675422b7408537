-- CreateTable
CREATE TABLE "Grade" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fraction" DOUBLE PRECISION,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "working" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Grade_pkey" PRIMARY KEY ("assignmentId","userId")
);

-- CreateIndex
CREATE INDEX "Grade_userId_idx" ON "Grade"("userId");

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand (see ../README.md): the database keeps "Grade" up to date, whatever code writes
-- attempts. The rule is the score policy's (lib/domain/score-policy.ts), over submitted
-- attempts with a maximum: BEST the highest share, AVERAGE the mean share, LAST the share of
-- the latest submission (the higher one when two share a time).
CREATE FUNCTION "grade_refresh"(a text, u text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  policy text;
  attempts int;
  counted int;
  in_progress boolean;
  share float8;
BEGIN
  IF a IS NULL OR u IS NULL THEN
    RETURN;
  END IF;
  SELECT "scorePolicy"::text INTO policy FROM "Assignment" WHERE id = a;
  SELECT count(*),
         count(*) FILTER (WHERE counts),
         COALESCE(bool_or(status = 'IN_PROGRESS'), false),
         CASE policy
           WHEN 'BEST' THEN max(f) FILTER (WHERE counts)
           WHEN 'AVERAGE' THEN avg(f) FILTER (WHERE counts)
           ELSE (max(ARRAY[extract(epoch FROM "submittedAt")::float8, f]) FILTER (WHERE counts))[2]
         END
    INTO attempts, counted, in_progress, share
    FROM (
      SELECT status, "submittedAt",
             (status = 'SUBMITTED' AND "submittedAt" IS NOT NULL AND COALESCE("maxScore", 0) <> 0) AS counts,
             COALESCE(score, 0)::float8 / NULLIF("maxScore", 0)::float8 AS f
        FROM "Attempt"
       WHERE "assignmentId" = a AND "userId" = u
    ) x;
  IF attempts = 0 THEN
    -- Also what a deleted user's cascade reaches: no row may be made for them.
    DELETE FROM "Grade" WHERE "assignmentId" = a AND "userId" = u;
  ELSE
    INSERT INTO "Grade" ("assignmentId", "userId", fraction, submitted, working)
    VALUES (a, u, share, counted, in_progress)
    ON CONFLICT ("assignmentId", "userId")
    DO UPDATE SET fraction = EXCLUDED.fraction, submitted = EXCLUDED.submitted, working = EXCLUDED.working;
  END IF;
END;
$$;

CREATE FUNCTION "Attempt_grade_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "grade_refresh"(OLD."assignmentId", OLD."userId");
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW."assignmentId", NEW."userId") IS DISTINCT FROM (OLD."assignmentId", OLD."userId")) THEN
    PERFORM "grade_refresh"(NEW."assignmentId", NEW."userId");
  END IF;
  RETURN NULL;
END;
$$;
-- Only the columns a grade depends on: an autosave (sequence, lastSaveId) does not fire it.
CREATE TRIGGER "Attempt_grade_refresh" AFTER INSERT OR DELETE OR UPDATE OF status, score, "maxScore", "submittedAt", "assignmentId", "userId" ON "Attempt"
  FOR EACH ROW EXECUTE FUNCTION "Attempt_grade_refresh"();

CREATE FUNCTION "Assignment_grade_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "grade_refresh"(NEW.id, u."userId") FROM (SELECT DISTINCT "userId" FROM "Attempt" WHERE "assignmentId" = NEW.id) u;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Assignment_grade_refresh" AFTER UPDATE OF "scorePolicy" ON "Assignment"
  FOR EACH ROW WHEN (OLD."scorePolicy" IS DISTINCT FROM NEW."scorePolicy") EXECUTE FUNCTION "Assignment_grade_refresh"();

-- The grades of the attempts made before this migration.
SELECT "grade_refresh"("assignmentId", "userId") FROM (SELECT DISTINCT "assignmentId", "userId" FROM "Attempt" WHERE "assignmentId" IS NOT NULL) pairs;
