// One way to write a bundle as text, so that an export, the seed file and a re-export of an
// import compare line for line: two-space indentation and a final newline.
import type { Bundle } from "./bundle-schema";

export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
