// Parses JSON like JSON.parse does, and also remembers where each value starts, so that a
// problem found later (a zod issue, a quote that does not resolve) can be reported as "line N"
// of the file the admin uploaded. A syntax error is reported with its line and column.
export type JsonPath = readonly (string | number)[];

export type LocatedJson =
  | { ok: true; value: unknown; lineOf(path: JsonPath): number }
  | { ok: false; line: number; column: number; message: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const maxDepth = 512;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

const pathKey = (path: JsonPath) => JSON.stringify(path);

function describe(char: string | undefined): string {
  if (char === undefined) return "the end of the file";
  if (char === "\n") return "a line break";
  return `“${char}”`;
}

class Scanner {
  private at = 0;
  readonly offsets = new Map<string, number>();

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.at = 1; // a byte-order mark some editors write
  }

  parse(): unknown {
    const value = this.value([], 0);
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected ${describe(this.text[this.at])} after the end of the document`);
    return value;
  }

  private fail(message: string, offset = this.at): never {
    throw new JsonSyntaxError(offset, message);
  }

  private space() {
    for (;;) {
      const c = this.text[this.at];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.at++;
      else return;
    }
  }

  private value(path: (string | number)[], depth: number): unknown {
    this.space();
    if (depth > maxDepth) this.fail("the document is nested too deeply");
    this.offsets.set(pathKey(path), this.at);
    const c = this.text[this.at];
    if (c === "{") return this.object(path, depth);
    if (c === "[") return this.array(path, depth);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const [word, result] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return result;
      }
    }
    if (c === undefined) this.fail("the document ends where a value was expected");
    this.fail(`unexpected ${describe(c)} where a value was expected`);
  }

  private object(path: (string | number)[], depth: number): Record<string, unknown> {
    this.at++; // {
    const result: Record<string, unknown> = {};
    this.space();
    if (this.text[this.at] === "}") {
      this.at++;
      return result;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail(`expected a property name in double quotes, found ${describe(this.text[this.at])}`);
      const key = this.string();
      this.space();
      if (this.text[this.at] !== ":") this.fail(`expected “:” after the property name "${key}", found ${describe(this.text[this.at])}`);
      this.at++;
      const value = this.value([...path, key], depth + 1);
      // defineProperty, not assignment: a "__proto__" key is data, as with JSON.parse.
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.space();
      const next = this.text[this.at];
      if (next === ",") {
        this.at++;
        continue;
      }
      if (next === "}") {
        this.at++;
        return result;
      }
      this.fail(`expected “,” or “}” after a property, found ${describe(next)}`);
    }
  }

  private array(path: (string | number)[], depth: number): unknown[] {
    this.at++; // [
    const result: unknown[] = [];
    this.space();
    if (this.text[this.at] === "]") {
      this.at++;
      return result;
    }
    for (;;) {
      result.push(this.value([...path, result.length], depth + 1));
      this.space();
      const next = this.text[this.at];
      if (next === ",") {
        this.at++;
        continue;
      }
      if (next === "]") {
        this.at++;
        return result;
      }
      this.fail(`expected “,” or “]” after an element, found ${describe(next)}`);
    }
  }

  private string(): string {
    const start = this.at;
    this.at++; // "
    let result = "";
    let from = this.at;
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (Number.isNaN(code)) this.fail("a string is not closed (a missing “\"”)", start);
      if (code === 34) {
        result += this.text.slice(from, this.at);
        this.at++;
        return result;
      }
      if (code < 0x20) this.fail(code === 10 ? "a string is not closed before the line ends" : "a control character inside a string must be escaped");
      if (code === 92) {
        result += this.text.slice(from, this.at);
        const escape = this.text[this.at + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (escape !== undefined && escape in simple) {
          result += simple[escape];
          this.at += 2;
        } else if (escape === "u") {
          const hex = this.text.slice(this.at + 2, this.at + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("“\\u” must be followed by four hexadecimal digits");
          result += String.fromCharCode(parseInt(hex, 16));
          this.at += 6;
        } else {
          this.fail(`“\\${escape ?? ""}” is not a JSON escape`);
        }
        from = this.at;
        continue;
      }
      this.at++;
    }
  }

  private number(): number {
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.text);
    if (!match) this.fail("not a valid number");
    this.at += match[0].length;
    return Number(match[0]);
  }
}

export function parseLocatedJson(text: string): LocatedJson {
  const starts = lineStarts(text);
  const scanner = new Scanner(text);
  try {
    const value = scanner.parse();
    return {
      ok: true,
      value,
      // A path that is not in the document (a missing property) is reported at its nearest
      // ancestor that is: the object the property is missing from.
      lineOf(path) {
        for (let length = path.length; length >= 0; length--) {
          const offset = scanner.offsets.get(pathKey(path.slice(0, length)));
          if (offset !== undefined) return position(starts, offset).line;
        }
        return 1;
      },
    };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, ...position(starts, error.offset), message: error.message };
  }
}
