import { readFileSync } from "node:fs";
import path from "node:path";

let list: Set<string> | undefined;

/** True for a password on the list of common passwords (lib/identity/common-passwords.txt). */
export function isCommonPassword(password: string): boolean {
  list ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/identity/common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#")),
  );
  return list.has(password.toLowerCase());
}
