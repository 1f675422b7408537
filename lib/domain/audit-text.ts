// An audit entry as a sentence an admin can read: "roles: student → student, teacher" instead
// of the raw JSON of what was before and after.

type Json = unknown;

function show(value: Json): string {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  // Enum values (STUDENT, AFTER_DUE) in words; anything else as written.
  if (typeof value === "string") return /^[A-Z][A-Z_]*$/.test(value) ? value.toLowerCase().replace(/_/g, " ") : value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** "roles: student → student, teacher; disabled: no → yes", naming only what changed. */
export function describeChange(before: Json, after: Json): string {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, Json>) : {};
  const a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, Json>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changed = keys.filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]));
  if (changed.length === 0) return keys.length ? "no change" : "";
  return changed.map((key) => `${key}: ${show(b[key])} → ${show(a[key])}`).join("; ");
}

const verbs: Record<string, string> = {
  "user.roles": "changed the roles of",
  "user.disable": "disabled",
  "user.enable": "enabled",
  "user.name": "renamed",
  "user.password": "changed the password of",
  "user.import": "imported the account of",
  "users.import": "imported accounts from a file:",
  "class.create": "created",
  "class.rename": "renamed",
  "class.archive": "archived",
  "class.unarchive": "restored",
  "class.join-code": "made a new join code for",
  "class.remove-student": "removed a student from",
  "class.join": "joined",
  "class.add-co-teacher": "added a co-teacher to",
  "class.remove-co-teacher": "removed a co-teacher from",
  "source.create": "added the source",
  "source.publish": "published the source",
  "source.revise": "corrected the text of",
  "fact.create": "recorded the fact",
  "fact.update": "edited the fact",
  "evidence.create": "added evidence to",
  "evidence.delete": "removed evidence from",
  "question.create": "wrote the question",
  "question.edit": "edited the question",
  "question.version": "made a new version of",
  "question.status": "changed the status of",
  "question.generate": "saved generated drafts from",
  "quizSet.create": "created the quiz set",
  "quizSet.update": "edited the quiz set",
  "quizSet.addItem": "added a question to",
  "quizSet.addItems": "added questions to",
  "quizSet.removeItem": "removed a question from",
  "quizSet.reorder": "reordered",
  "quizSet.publish": "published",
  "quizSet.unpublish": "unpublished",
  "quizSet.public": "changed public practice of",
  "content.import": "imported a Cited bundle:",
  "content.import.gift": "imported a GIFT file:",
};

/** "admin@… changed the roles of ben@… (roles: student → student, teacher)". */
export function describeAuditEntry(entry: { action: string; actor: string | null; target: string; before: Json; after: Json }): string {
  const verb = verbs[entry.action] ?? entry.action;
  const change = describeChange(entry.before, entry.after);
  return `${entry.actor ?? "Someone"} ${verb} ${entry.target}${change ? ` (${change})` : ""}`;
}
