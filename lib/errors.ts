// The errors the data layer and actions raise on purpose. Each maps to one HTTP status and a
// message that is safe to show; anything else is a 500 whose detail stays in the server log.
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super(401, "Sign in to continue.");
  }
}

/** Deliberately vague: it never says whether the thing exists. */
export class ForbiddenError extends AppError {
  constructor() {
    super(403, "You are not allowed to do that.");
  }
}

export class NotFoundError extends AppError {
  constructor(what = "That") {
    super(404, `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(422, message, fieldErrors);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

/** A save or submit that the attempt's state refuses: submitted, out of time, or a stale tab. */
export class AttemptConflictError extends AppError {
  constructor(
    readonly reason: "submitted" | "time-up" | "stale",
    readonly sequence?: number,
    /** For "stale": the id of the save that moved the attempt last. */
    readonly lastSaveId?: string | null,
  ) {
    super(
      409,
      reason === "submitted"
        ? "This attempt has been submitted: answers can no longer change."
        : reason === "time-up"
          ? "Time is up: answers saved before the deadline were submitted."
          : "This quiz was changed in another tab or window. Reload to see the latest answers.",
    );
  }
}
