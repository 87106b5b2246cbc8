// Finds where a JSON text first goes wrong, with a reason in plain words. Browsers word (and
// position) JSON.parse errors differently, and some give no position at all; this does not.

export interface JsonSyntaxError {
  /** 0-based character offset of the first bad character (the text's length at its end). */
  readonly offset: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly reason: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  return `“${ch}”`;
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Scanner {
  i = 0;
  constructor(private readonly text: string) {}

  private peek(): string | undefined {
    return this.text[this.i];
  }

  private fail(reason: string): never {
    throw new Stop(this.i, reason);
  }

  private unexpected(expected: string): never {
    this.fail(`expected ${expected} but found ${describeChar(this.peek())}`);
  }

  ws(): void {
    while (/[ \t\n\r]/.test(this.peek() ?? '')) this.i++;
  }

  value(): void {
    this.ws();
    const ch = this.peek();
    if (ch === '{') this.object();
    else if (ch === '[') this.array();
    else if (ch === '"') this.string();
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) this.number();
    else if (ch === 't') this.literal('true');
    else if (ch === 'f') this.literal('false');
    else if (ch === 'n') this.literal('null');
    else if (ch === "'") this.fail('strings must use double quotes (") in JSON');
    else this.unexpected('a value');
  }

  private object(): void {
    this.i++;
    this.ws();
    if (this.peek() === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.peek() === '}') this.fail('a comma before “}” is not allowed in JSON');
      if (this.peek() !== '"') this.unexpected('a property name in double quotes');
      this.string();
      this.ws();
      if (this.peek() !== ':') this.unexpected('“:” after the property name');
      this.i++;
      this.value();
      this.ws();
      if (this.peek() === ',') this.i++;
      else if (this.peek() === '}') {
        this.i++;
        return;
      } else this.unexpected('“,” or “}”');
    }
  }

  private array(): void {
    this.i++;
    this.ws();
    if (this.peek() === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.peek() === ']') this.fail('a comma before “]” is not allowed in JSON');
      this.value();
      this.ws();
      if (this.peek() === ',') this.i++;
      else if (this.peek() === ']') {
        this.i++;
        return;
      } else this.unexpected('“,” or “]”');
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail('a string is not closed (missing ")');
      if (ch === '"') {
        this.i++;
        return;
      }
      if (ch < ' ') this.fail('a line break or control character inside a string');
      if (ch === '\\') {
        const next = this.text[this.i + 1];
        if (next === 'u') {
          if (!HEX.test(this.text.slice(this.i + 2, this.i + 6)))
            this.fail('“\\u” must be followed by four hex digits');
          this.i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) this.i += 2;
        else this.fail(`“\\${next ?? ''}” is not a valid escape`);
      } else this.i++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') this.fail('not a valid number');
    this.i += match[0].length;
    const after = this.peek();
    if (after !== undefined && /[0-9.eE+-]/.test(after)) this.fail('not a valid number');
  }

  private literal(word: string): void {
    if (this.text.startsWith(word, this.i)) this.i += word.length;
    else this.unexpected('a value');
  }

  end(): void {
    this.ws();
    if (this.peek() !== undefined) this.fail('there is more text after the end of the JSON value');
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.end();
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { offset: error.at, ...lineAndColumn(text, error.at), reason: error.reason };
  }
}
