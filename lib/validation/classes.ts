import { z } from "zod";
import { noControlCharacters } from "@/lib/domain/control-characters";
import { normaliseJoinCode } from "@/lib/domain/join-code";
import { EmailSchema } from "@/lib/identity/email";
import { idPattern } from "./ids";

const ClassId = z.string({ error: "Choose a class." }).regex(idPattern, "Choose a class.");
const UserId = z.string({ error: "Choose a person." }).regex(idPattern, "Choose a person.");

/** A class's name: trimmed, inner runs of spaces made one, 1-100 characters, no control characters. */
export const ClassNameSchema = z
  .string({ error: "Give the class a name." })
  .transform((v) => v.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "Give the class a name.")
      .max(100, "Use at most 100 characters.")
      .refine(noControlCharacters.check, noControlCharacters.message),
  );

export const CreateClassSchema = z.object({ name: ClassNameSchema });

export const RenameClassSchema = z.object({ classId: ClassId, name: ClassNameSchema });

export const SetClassArchivedSchema = z.object({
  classId: ClassId,
  archived: z.enum(["true", "false"], { error: "Say whether to archive or restore the class." }).transform((v) => v === "true"),
});

export const ClassIdSchema = z.object({ classId: ClassId });

export const RemoveStudentSchema = z.object({ classId: ClassId, studentId: UserId });

export const AddCoTeacherSchema = z.object({ classId: ClassId, email: EmailSchema });

export const RemoveCoTeacherSchema = z.object({ classId: ClassId, userId: UserId });

/** A typed or pasted code, normalised (spaces, dashes and case do not matter). */
export const JoinCodeSchema = z
  .string({ error: "Enter the code your teacher gave you." })
  .max(100, "That is too long for a class code.")
  .refine(noControlCharacters.check, noControlCharacters.message)
  .transform(normaliseJoinCode)
  .pipe(z.string().min(1, "Enter the code your teacher gave you."));

export const JoinClassSchema = z.object({ code: JoinCodeSchema });
