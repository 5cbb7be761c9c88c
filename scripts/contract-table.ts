// Prints docs/telemetry-contract.md's table from lib/telemetry/contract.ts (paste it between the
// page's telemetry-contract markers; test/unit/telemetry/contract.test.ts fails until they agree).
import { contractMarkdown } from "../lib/telemetry/contract";

console.log(contractMarkdown());
