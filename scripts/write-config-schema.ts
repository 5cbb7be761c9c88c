// Regenerates config/config.schema.json from the zod schema so editors validate config files.
import { writeFileSync } from "node:fs";
import { configJsonSchema } from "../lib/config/json-schema";

const out = new URL("../config/config.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
