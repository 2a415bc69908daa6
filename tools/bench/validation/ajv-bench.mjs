// Validates the bench's JSON Lines files with ajv (draft 2020-12, all errors, formats asserted) and prints
// "<name> <records> <seconds> <records/s> <invalid>", like the .NET side. Usage: node ajv-bench.mjs <schemas> <work>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(join(process.env.AJV_HOME, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemas, work] = process.argv.slice(2);
const load = (path) => JSON.parse(readFileSync(join(schemas, path), "utf8"));
// strict: false lets ajv ignore our x-* annotation keywords, as a draft 2020-12 validator must.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(load("_shared/common/1.0.0.schema.json"));

for (const [id, file] of [["parking-space-occupancy", "parking.jsonl"], ["air-quality-observed", "air-quality.jsonl"]]) {
  const validate = ajv.compile(load(`observations/${id}/1.0.0.schema.json`));
  const lines = readFileSync(join(work, file), "utf8").split("\n").filter((line) => line.length > 0);
  const run = (count) => {
    let invalid = 0;
    for (let i = 0; i < count; i++) {
      if (!validate(JSON.parse(lines[i]))) invalid++;
    }
    return invalid;
  };
  run(Math.min(20000, lines.length));
  const started = process.hrtime.bigint();
  const invalid = run(lines.length);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`ajv:${id} ${lines.length} ${seconds.toFixed(3)} ${(lines.length / seconds).toFixed(0)} ${invalid}`);
}
