import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import type { Candidate } from "@/lib/recommend/types";

import { evalEffort, nodeScript, PLACEHOLDER_PROMPT, pythonScript, toEvalModel, type EvalModel } from "./generate";

const luna: EvalModel = {
  id: "gpt-6-luna",
  price: { input: 0.1, cachedInput: 0.01, output: 0.5 },
  longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5 },
  reasoningEffort: "none",
  effortNote: "effort none",
};
const nano: EvalModel = {
  id: "gpt-5.4-nano",
  price: { input: 0.2, cachedInput: null, output: 1.25 },
  longContext: null,
  reasoningEffort: null,
  effortNote: "not a reasoning model",
};
const tricky = [
  'He said "hi" and left\\',
  "line one\nline two\ttab",
  "template ${process.exit(1)} `backticks` and \"\"\" triple quotes ''' too",
  "émoji 🙂 and </script>",
];
const input = { models: [luna, nano], prompts: tricky, generatedOn: "2026-11-25" };

function writeTemp(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evalscript-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe("nodeScript", () => {
  const script = nodeScript(input);

  it("names every shortlisted model and its catalog prices", () => {
    expect(script).toContain('id: "gpt-6-luna"');
    expect(script).toContain('id: "gpt-5.4-nano"');
    expect(script).toContain("price: { input: 0.1, cachedInput: 0.01, output: 0.5 }");
    expect(script).toContain("cachedInput: null");
    expect(script).toContain('reasoningEffort: "none"');
    expect(script).toContain("thresholdTokens: 272000");
  });

  it("reads the key from the environment and embeds none", () => {
    expect(script).toContain("process.env.OPENAI_API_KEY");
    expect(script).toContain('import OpenAI from "openai"');
    expect(script).not.toMatch(/sk-[A-Za-z0-9]/);
    expect(script).not.toMatch(/apiKey\s*:/);
  });

  it("is valid JavaScript whose prompts round-trip exactly", () => {
    const file = writeTemp("eval.mjs", script);
    const check = spawnSync(process.execPath, ["--check", file], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    const literal = script.slice(
      script.indexOf("const PROMPTS = ") + "const PROMPTS = ".length,
      script.indexOf("];\n\nif (") + 1,
    );
    expect(JSON.parse(literal.replace(/,\n\]$/, "\n]"))).toEqual(tricky);
  });

  it("runs against a stand-in SDK and prints latency, tokens and cost per model", () => {
    const dir = path.dirname(writeTemp("eval-shortlist.mjs", script));
    fs.writeFileSync(path.join(dir, "eval-shortlist.mjs"), script);
    const pkg = path.join(dir, "node_modules", "openai");
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "openai", type: "module", main: "index.js" }));
    // A fake SDK: 1,000 input tokens (200 cached) and 500 output tokens (100 reasoning) per call.
    fs.writeFileSync(
      path.join(pkg, "index.js"),
      `export default class OpenAI { responses = { create: async (req) => ({ output_text: "ok " + req.model, usage: { input_tokens: 1000, input_tokens_details: { cached_tokens: 200 }, output_tokens: 500, output_tokens_details: { reasoning_tokens: 100 } } }) }; }`,
    );
    const run = spawnSync(process.execPath, ["eval-shortlist.mjs"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, OPENAI_API_KEY: "test" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("ok gpt-6-luna");
    // gpt-6-luna, 4 prompts: (800×0.1 + 200×0.01 + 500×0.5) / 1e6 × 4 = 0.001328
    expect(run.stdout).toMatch(/gpt-6-luna.*4\/4.*4000.*2000.*400.*0\.001328/);
    // gpt-5.4-nano has no cached price: cached tokens at the input price. (1000×0.2 + 500×1.25)/1e6 × 4 = 0.0033
    expect(run.stdout).toMatch(/gpt-5\.4-nano.*4\/4.*0\.003300/);
    const noKey = spawnSync(process.execPath, ["eval-shortlist.mjs"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, OPENAI_API_KEY: "" },
    });
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toContain("Set OPENAI_API_KEY");
  });

  it("replaces a prompt that looks like a key, and fills in a placeholder when there are no prompts", () => {
    const leaked = nodeScript({ ...input, prompts: ["use sk-abcdefghijklmnopqrstuvwxyz123456 please"] });
    expect(leaked).not.toContain("sk-abcdefghijklmnop");
    expect(leaked).toContain("[removed: looked like an API key]");
    expect(nodeScript({ ...input, prompts: [] })).toContain(PLACEHOLDER_PROMPT);
  });
});

describe("pythonScript", () => {
  const script = pythonScript(input);

  it("names every shortlisted model with Python literals", () => {
    expect(script).toContain('"id": "gpt-6-luna"');
    expect(script).toContain('"id": "gpt-5.4-nano"');
    expect(script).toContain('"cached_input": None');
    expect(script).toContain('"reasoning_effort": None');
    expect(script).toContain('"long_context": None');
    expect(script).toContain('os.environ.get("OPENAI_API_KEY")');
    expect(script).toContain("from openai import OpenAI");
    expect(script).not.toMatch(/sk-[A-Za-z0-9]/);
  });

  const python = spawnSync("python3", ["--version"]).status === 0;
  it.runIf(python)("is valid Python whose prompts round-trip exactly", () => {
    const file = writeTemp("eval.py", script);
    const code = `import ast,json,sys\nsrc=open(sys.argv[1],encoding="utf-8").read()\ntree=ast.parse(src)\nfor n in tree.body:\n  if isinstance(n,ast.Assign) and n.targets[0].id=="PROMPTS":\n    print(json.dumps(ast.literal_eval(n.value)))`;
    const run = spawnSync("python3", ["-c", code, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(tricky);
  });

  it.runIf(python)("runs against a stand-in SDK and prints cost per model", () => {
    const dir = path.dirname(writeTemp("eval_shortlist.py", script));
    fs.writeFileSync(path.join(dir, "eval_shortlist.py"), script);
    fs.mkdirSync(path.join(dir, "openai"));
    fs.writeFileSync(
      path.join(dir, "openai", "__init__.py"),
      [
        "from types import SimpleNamespace as NS",
        "class OpenAI:",
        "    def __init__(self):",
        "        self.responses = NS(create=lambda **kw: NS(output_text='ok ' + kw['model'], usage=NS(input_tokens=1000, input_tokens_details=NS(cached_tokens=200), output_tokens=500, output_tokens_details=NS(reasoning_tokens=100))))",
      ].join("\n"),
    );
    const run = spawnSync("python3", ["eval_shortlist.py"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, OPENAI_API_KEY: "test", PYTHONPATH: dir },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/gpt-6-luna\s+4\/4\s+\d+\s+4000\s+2000\s+400\s+0\.001328/);
    expect(run.stdout).toMatch(/gpt-5\.4-nano\s+4\/4.*0\.003300/);
  });
});

describe("evalEffort and toEvalModel", () => {
  it("uses effort none where offered, so the run matches the wizard's cost assumption", () => {
    expect(evalEffort({ supported: true, efforts: ["none", "low", "medium"], defaultEffort: "medium" }).effort).toBe("none");
    expect(evalEffort({ supported: true, efforts: ["low", "medium", "high"], defaultEffort: null }).effort).toBe("low");
    expect(evalEffort({ supported: true, efforts: [], defaultEffort: null })).toMatchObject({ effort: null });
    expect(evalEffort({ supported: false, efforts: [], defaultEffort: null }).effort).toBeNull();
  });

  it("refuses a model without a Standard price", () => {
    const c = {
      id: "x",
      priced: {
        id: "x",
        tiers: { standard: { input: null, cachedInput: null, output: 1 }, batch: null, flex: null, fast: null },
        longContext: null,
        contextWindow: 1,
        maxInput: null,
        reasoning: false,
      },
      reasoning: { supported: false, efforts: [], defaultEffort: null },
    } as unknown as Candidate;
    expect(toEvalModel(c)).toBeNull();
  });
});
