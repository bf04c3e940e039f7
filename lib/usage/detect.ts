/**
 * What a file is, from its content (never its name): JSON, CSV, or one of the things users
 * load by mistake (a web page, a PDF, a zip, a truncated download).
 */
import { MESSAGES } from "./problems";
import type { ProblemCode } from "./types";

export type Sniffed = { kind: "json" } | { kind: "csv" } | { kind: "problem"; code: ProblemCode; message: string };

/** Enough of the start of a file to recognise it. */
const SNIFF_CHARS = 4096;
/** Share of control or replacement characters above which the text is binary. */
const BINARY_SHARE = 0.05;

const SIGNATURES: [RegExp, string][] = [
  [/^%PDF-/, "a PDF"],
  [/^PK\u0003\u0004/, "a ZIP archive (an .xlsx workbook is one)"],
  [/^\u00d0\u00cf\u0011\u00e0|^\ufffd\ufffd\u0011\ufffd/, "an old Excel workbook"],
  [/^\u001f\u008b|^\u001f\ufffd/, "a gzip archive"],
  [/^\u0089PNG|^\ufffdPNG/, "a PNG image"],
  [/^\u00ff\u00d8\u00ff|^\ufffd\ufffd\ufffd/, "an image"],
];

function looksBinary(head: string): boolean {
  let bad = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return head.length > 0 && bad / head.length > BINARY_SHARE;
}

function htmlTitle(head: string): string | null {
  const m = /<title[^>]*>([^<]{1,120})<\/title>/i.exec(head);
  return m ? m[1]!.replace(/\s+/g, " ").trim() || null : null;
}

/** Text without the byte-order mark and surrounding whitespace. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function sniff(text: string): Sniffed {
  const head = stripBom(text).slice(0, SNIFF_CHARS);
  const start = head.trimStart();
  if (start === "") return { kind: "problem", code: "empty", message: MESSAGES.empty };
  for (const [re, what] of SIGNATURES) {
    if (re.test(head)) return { kind: "problem", code: "binary", message: MESSAGES.binary(what) };
  }
  if (looksBinary(head)) return { kind: "problem", code: "binary", message: MESSAGES.binary(null) };
  if (/^<(!doctype\s+html|html|head|body|\?xml|!--|meta|div|script)/i.test(start) || /^<[a-z!?]/i.test(start)) {
    return { kind: "problem", code: "html", message: MESSAGES.html(htmlTitle(head)) };
  }
  if (start[0] === "{" || start[0] === "[") return { kind: "json" };
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.includes(",")) return { kind: "csv" };
  return { kind: "problem", code: "not-json-or-csv", message: MESSAGES.notJsonOrCsv };
}

type Expect = "value" | "value-or-end" | "key" | "key-or-end" | "colon" | "after-value";

const EXPECTED: Record<Expect, string> = {
  value: "a value",
  "value-or-end": "a value or “]”",
  key: "a property name in double quotes",
  "key-or-end": "a property name in double quotes or “}”",
  colon: "“:”",
  "after-value": "“,” or a closing bracket",
};

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const LITERAL = /true|false|null/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * Where the first JSON syntax error is, found by a small validating scanner (engines word and
 * place their errors differently, and some give no position). null when the text is valid.
 */
export function jsonErrorAt(text: string): { at: number; expected: string } | null {
  const stack: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  const n = text.length;
  const err = () => ({ at: i, expected: EXPECTED[expect] });
  const sticky = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m[0].length === 0) return false;
    i += m[0].length;
    return true;
  };
  const scanString = () => {
    i++;
    STRING_BODY.lastIndex = i;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    if (text[i] !== '"') return false;
    i++;
    return true;
  };
  for (;;) {
    while (i < n && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t")) i++;
    if (i >= n) return stack.length === 0 && expect === "after-value" ? null : err();
    const ch = text[i]!;
    switch (expect) {
      case "value":
      case "value-or-end":
        if (expect === "value-or-end" && ch === "]") {
          stack.pop();
          i++;
          expect = "after-value";
        } else if (ch === "{" || ch === "[") {
          stack.push(ch);
          i++;
          expect = ch === "{" ? "key-or-end" : "value-or-end";
        } else if (ch === '"') {
          if (!scanString()) return err();
          expect = "after-value";
        } else if (sticky(NUMBER) || sticky(LITERAL)) expect = "after-value";
        else return err();
        break;
      case "key-or-end":
      case "key":
        if (expect === "key-or-end" && ch === "}") {
          stack.pop();
          i++;
          expect = "after-value";
        } else if (ch === '"') {
          if (!scanString()) return err();
          expect = "colon";
        } else return err();
        break;
      case "colon":
        if (ch !== ":") return err();
        i++;
        expect = "value";
        break;
      case "after-value": {
        const top = stack[stack.length - 1];
        if (top === undefined) return err();
        if (ch === ",") {
          i++;
          expect = top === "{" ? "key" : "value";
        } else if ((top === "{" && ch === "}") || (top === "[" && ch === "]")) {
          stack.pop();
          i++;
        } else return err();
        break;
      }
    }
  }
}

/**
 * Why JSON.parse failed, in the same words in every browser: a text that ends inside a string
 * or an open object/array was cut off; anything else is a syntax error at a line and column.
 */
export function describeJsonError(text: string): { code: ProblemCode; message: string } {
  let e: ReturnType<typeof jsonErrorAt>;
  try {
    e = jsonErrorAt(text);
  } catch {
    // A regular expression can run out of stack on a pathological multi-megabyte string.
    return { code: "invalid-json", message: MESSAGES.invalidJson("unreadable text", 1, 1) };
  }
  if (e === null || e.at >= text.length) return { code: "truncated-json", message: MESSAGES.truncatedJson(text.length) };
  const before = text.slice(0, e.at);
  const line = before.split("\n").length;
  const column = e.at - before.lastIndexOf("\n");
  const found = JSON.stringify(text.slice(e.at, e.at + 12));
  return { code: "invalid-json", message: MESSAGES.invalidJson(`expected ${e.expected}, found ${found}`, line, column) };
}
