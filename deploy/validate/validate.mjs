// Validates one rendered overlay (the output of `kubectl kustomize`) offline:
//  1. schemas: built-in kinds with kubernetes-models (types, enums, required fields) plus a strict
//     walk of the models' type declarations that refuses unknown fields; Strimzi and CloudNativePG
//     kinds with our own JSON schemas in schemas/ (additionalProperties: false everywhere);
//  2. platform rules: probes, limits, no plain secrets, topics, ports, ACLs, network policy, ingress.
// Usage: node validate.mjs --profile <dev|production> --label <name> <rendered.yaml>
// Exit code 0 when everything holds, 1 on any violation, 2 on a usage error.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import { checkRules } from "./rules.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const modelsRoot = join(here, "node_modules", "kubernetes-models");
const apimachineryRoot = join(here, "node_modules", "@kubernetes-models", "apimachinery");

function parseArgs(argv) {
  const args = { profile: "dev", label: null, file: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--profile") args.profile = argv[++i];
    else if (argv[i] === "--label") args.label = argv[++i];
    else args.file = argv[i];
  }
  if (!args.file) {
    console.error("usage: node validate.mjs --profile <dev|production> --label <name> <rendered.yaml>");
    process.exit(2);
  }
  args.label ??= args.file;
  return args;
}

// ---------- loading ----------
export function loadDocuments(file) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"), { uniqueKeys: true });
  const objects = [];
  const errors = [];
  docs.forEach((doc, i) => {
    if (doc.errors.length) errors.push(`document ${i + 1}: YAML error: ${doc.errors[0].message}`);
    const obj = doc.toJS();
    if (obj !== null && obj !== undefined) objects.push(obj);
  });
  return { objects, errors };
}

const id = (o) => `${o?.kind ?? "?"}/${o?.metadata?.name ?? "?"}`;

// ---------- strict field check from the kubernetes-models type declarations ----------
const interfaceCache = new Map();

function resolveImport(fromFile, spec) {
  if (spec.startsWith(".")) return resolve(dirname(fromFile), spec.replace(/\.js$/, "") + ".d.ts");
  if (spec.startsWith("@kubernetes-models/apimachinery/"))
    return join(apimachineryRoot, spec.slice("@kubernetes-models/apimachinery/".length).replace(/\.js$/, "") + ".d.ts");
  return null;
}

// Returns { fields: Map<name, {kind:'ref'|'array'|'map'|'leaf', file?}> } or null for a scalar alias.
function readInterface(file) {
  if (interfaceCache.has(file)) return interfaceCache.get(file);
  const text = readFileSync(file, "utf8");
  const imports = new Map();
  for (const m of text.matchAll(/^import \{ ([^}]+) \} from "([^"]+)";$/gm)) {
    for (const name of m[1].split(",").map((s) => s.trim())) imports.set(name, m[2]);
  }
  const start = text.search(/^export interface \w+/m);
  if (start < 0) {
    interfaceCache.set(file, null);
    return null;
  }
  const lines = text.slice(start).split("\n");
  const fields = new Map();
  for (let i = 1; i < lines.length && lines[i] !== "}"; i++) {
    const m = lines[i].match(/^ {4}"([^"]+)"\??: (.*)$/);
    if (!m) continue;
    let type = m[2];
    if (type.endsWith("{")) {
      // multi-line map type: { [key: string]: X; }
      while (i + 1 < lines.length && !/^ {4}\};?$/.test(lines[i + 1])) type += " " + lines[++i].trim();
      i++;
      type += " }";
    }
    type = type.replace(/;$/, "").trim();
    const refOf = (name) => {
      const spec = imports.get(name);
      const target = spec ? resolveImport(file, spec) : null;
      return target && existsSync(target) ? target : null;
    };
    let info = { kind: "leaf" };
    let mm;
    if ((mm = type.match(/^(IIo\w+)$/)) && refOf(mm[1])) info = { kind: "ref", file: refOf(mm[1]) };
    else if ((mm = type.match(/^Array<(IIo\w+)>$/)) && refOf(mm[1])) info = { kind: "array", file: refOf(mm[1]) };
    else if ((mm = type.match(/^\{ \[key: string\]: (IIo\w+);? \}$/)) && refOf(mm[1])) info = { kind: "map", file: refOf(mm[1]) };
    fields.set(m[1], info);
  }
  const result = { fields };
  interfaceCache.set(file, result);
  return result;
}

function strictWalk(value, file, path, errors) {
  const iface = readInterface(file);
  if (!iface || value === null || typeof value !== "object" || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const field = iface.fields.get(key);
    if (!field) {
      errors.push(`${path}: unknown field "${key}"`);
      continue;
    }
    const childPath = `${path}.${key}`;
    if (field.kind === "ref") strictWalk(child, field.file, childPath, errors);
    else if (field.kind === "array" && Array.isArray(child))
      child.forEach((item, idx) => strictWalk(item, field.file, `${childPath}[${idx}]`, errors));
    else if (field.kind === "map" && child && typeof child === "object")
      for (const [k, v] of Object.entries(child)) strictWalk(v, field.file, `${childPath}.${k}`, errors);
  }
}

async function validateBuiltIn(obj) {
  const { apiVersion, kind } = obj;
  const rel = join(...apiVersion.split("/"), kind);
  const dts = join(modelsRoot, rel + ".d.ts");
  if (!existsSync(dts)) return [`no schema for ${apiVersion} ${kind}`];
  const errors = [];
  const mod = await import(`kubernetes-models/${apiVersion}/${kind}`);
  const Model = mod[kind] ?? mod.default;
  try {
    new Model(obj).validate();
  } catch (e) {
    errors.push(...String(e.message).split(/,\s*(?=data)/).map((s) => s.replace(/^data/, "")));
  }
  strictWalk(obj, dts, "", errors);
  return errors;
}

// ---------- operator kinds: our own JSON schemas ----------
function operatorValidators() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const dir = join(here, "schemas");
  const byKind = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const schema = JSON.parse(readFileSync(join(dir, f), "utf8"));
    ajv.addSchema(schema);
  }
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "common.json")) {
    const schemaId = JSON.parse(readFileSync(join(dir, f), "utf8")).$id;
    byKind.set(schemaId.replace(/^csp:/, ""), ajv.getSchema(schemaId));
  }
  return byKind;
}

function formatAjvError(e) {
  if (e.keyword === "additionalProperties") return `${e.instancePath}: unknown field "${e.params.additionalProperty}"`;
  if (e.keyword === "required") return `${e.instancePath}: missing required field "${e.params.missingProperty}"`;
  return `${e.instancePath}: ${e.message}${e.params?.allowedValues ? " " + JSON.stringify(e.params.allowedValues) : ""}`;
}

// ---------- main ----------
async function main() {
  const args = parseArgs(process.argv.slice(2));
  const expectations = JSON.parse(readFileSync(join(here, "expectations.json"), "utf8"));
  const { objects, errors: yamlErrors } = loadDocuments(args.file);
  const violations = yamlErrors.map((m) => ({ rule: "yaml", subject: args.file, message: m }));
  const validators = operatorValidators();

  for (const obj of objects) {
    if (!obj.apiVersion || !obj.kind) {
      violations.push({ rule: "schema", subject: id(obj), message: "missing apiVersion or kind" });
      continue;
    }
    const key = `${obj.apiVersion}/${obj.kind}`;
    let errs;
    if (validators.has(key)) {
      const validate = validators.get(key);
      errs = validate(obj) ? [] : validate.errors.map(formatAjvError);
    } else if (!obj.apiVersion.includes(".") || obj.apiVersion.includes(".k8s.io/")) {
      errs = await validateBuiltIn(obj);
    } else {
      errs = [`no schema for ${obj.apiVersion} ${obj.kind}: add one under validate/schemas`];
    }
    for (const m of errs) violations.push({ rule: "schema", subject: id(obj), message: m.trim() });
  }

  const repoRoot = resolve(here, "..", "..");
  violations.push(...checkRules(objects, expectations, args.profile, repoRoot));

  console.log(`${args.label}: ${objects.length} objects, profile ${args.profile}`);
  for (const v of violations) console.log(`  FAIL [${v.rule}] ${v.subject}: ${v.message}`);
  if (violations.length === 0) console.log(`  ok: schemas and rules hold`);
  process.exit(violations.length === 0 ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.stack || String(e));
    process.exit(2);
  });
}
