// Validates a Teams manifest offline against the schema its "$schema" names,
// as shipped inside npm @microsoft/app-manifest (no network).
// Usage: node validate-manifest.mjs path/to/manifest.json
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const { ManifestUtil } = require("@microsoft/app-manifest");

const path = process.argv[2];
if (!path) {
  console.error("usage: node validate-manifest.mjs path/to/manifest.json");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(path, "utf8"));
const version = /teams\/(v[\d.]+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? "")?.[1];
const packageDir = dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemaPath = join(packageDir, "build", "json-schemas", "teams", version ?? "none", "MicrosoftTeams.schema.json");
if (!version || !existsSync(schemaPath)) {
  console.error(`no schema shipped for ${manifest.$schema}`);
  process.exit(2);
}
const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, JSON.parse(readFileSync(schemaPath, "utf8")));
if (errors.length > 0) {
  console.error(`${path} does not validate against Teams schema ${version}:`);
  errors.forEach((error) => console.error("  " + error));
  process.exit(1);
}
console.log(`${path} validates against Teams schema ${version}`);
