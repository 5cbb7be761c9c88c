/**
 * npm run -s alerts -- [--config FILE] [--format arm|bicep] [--action-group ID]... [--scope WORKSPACE_ID] [--out FILE] [--list]
 * Writes Azure Monitor scheduled query rules generated from the signal catalog: an ARM template
 * (JSON, default) or a Bicep file on stdout (or --out). --list prints the rules with their KQL
 * instead. Messages go to stderr; a bad argument exits 2 before anything is generated.
 * The configuration defaults as the other CLIs' ($DASHBOARD_CONFIG, else config/demo.json), said on
 * stderr; but a template is never written for a demo nobody chose (see configChoice).
 */
import fs from "node:fs";
import path from "node:path";
import { alertRules } from "../lib/alerts";
import { listRules } from "../lib/alerts/listing";
import { armTemplate, bicepTemplate } from "../lib/alerts/template";
import { loadConfigFile } from "../lib/config/load";
import { readEnv } from "../lib/env";
import { parseCliArgs } from "../lib/params/cli-args";

class UsageError extends Error {}

const USAGE = "usage: npm run -s alerts -- [--config FILE] [--format arm|bicep] [--action-group ID]... [--scope WORKSPACE_RESOURCE_ID] [--out FILE] [--list] [--help]";
const ACTION_GROUP = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/microsoft\.insights\/actionGroups\/[^/]+$/i;
const WORKSPACE = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/microsoft\.operationalinsights\/workspaces\/[^/]+$/i;

/**
 * The configuration, as the other CLIs choose it: --config, else $DASHBOARD_CONFIG, else the demo.
 * Listing the demo's rules is what /alerts shows; a template from a demo nobody asked for would
 * alert, once deployed, on the demo's invented resources and pairs (after `npm run alerts -- --scope …`
 * had run without complaint), so a template needs the file named by --config or $DASHBOARD_CONFIG.
 */
function configChoice(flag: string | undefined, list: boolean): { file: string; from: string } {
  if (flag) return { file: flag, from: "--config" };
  const file = readEnv().DASHBOARD_CONFIG;
  // readEnv fills in the default: whether the variable was set at all decides "chosen".
  const chosen = process.env.DASHBOARD_CONFIG !== undefined;
  if (!chosen && !list) {
    throw new UsageError(
      `no --config and no $DASHBOARD_CONFIG: a template needs your dashboard's configuration, not the built-in demo (${file}) whose resources are invented.\n` +
        `Pass --config FILE (e.g. --config config/prod.json), or --config ${file} to mean the demo; --list shows the demo's rules without it.\n${USAGE}`,
    );
  }
  const from = chosen ? "$DASHBOARD_CONFIG" : "the default: no --config, no $DASHBOARD_CONFIG";
  process.stderr.write(`alerts: configuration ${file} (${from})\n`);
  return { file, from };
}

function main(): void {
  let values;
  try {
    values = parseCliArgs({
      config: { type: "string" },
      format: { type: "string", default: "arm" },
      "action-group": { type: "string", multiple: true, default: [] },
      scope: { type: "string" },
      out: { type: "string" },
      list: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    }).values;
  } catch (e) {
    // Unknown, repeated or valueless options: the message with the usage.
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const format = values.format;
  if (format !== "arm" && format !== "bicep") throw new UsageError(`--format: expected arm or bicep, got ${format}`);
  const actionGroups = values["action-group"] ?? [];
  for (const id of actionGroups) {
    if (!ACTION_GROUP.test(id)) throw new UsageError(`--action-group: expected an action group resource ID (/subscriptions/…/resourceGroups/…/providers/microsoft.insights/actionGroups/NAME), got ${id}`);
  }
  const { file: configFile, from: configFrom } = configChoice(values.config, values.list);
  const config = loadConfigFile(configFile);
  const scope = values.scope ?? config.workspaces?.resourceId;
  if (!values.list) {
    if (!scope) throw new UsageError(`the rules need the workspace they query: set workspaces.resourceId in ${configFile} or pass --scope`);
    if (!WORKSPACE.test(scope)) {
      throw new UsageError(`${values.scope ? "--scope" : "workspaces.resourceId"}: expected a Log Analytics workspace resource ID (…/providers/Microsoft.OperationalInsights/workspaces/NAME), got ${scope}`);
    }
  }
  if (values.out !== undefined && values.out.trim() === "") throw new UsageError("--out: give a file name");
  // The template replaces --out's contents; never the configuration it was generated from.
  if (values.out !== undefined && path.resolve(values.out) === path.resolve(configFile)) {
    throw new UsageError(`--out: ${values.out} is the configuration file (${configFrom}); give another file name`);
  }

  const rules = alertRules(config);
  const options = { workspaceResourceId: scope ?? "", actionGroupIds: actionGroups };
  const text = values.list ? `${listRules(rules)}\n` : format === "arm" ? `${JSON.stringify(armTemplate(rules, options), null, 2)}\n` : bicepTemplate(rules, options);
  if (values.out) {
    fs.writeFileSync(values.out, text);
    process.stderr.write(`alerts: wrote ${rules.length} rules (${values.list ? "listing" : format}) to ${values.out}\n`);
  } else {
    process.stdout.write(text);
    process.stderr.write(`alerts: ${rules.length} rules${values.list ? "" : ` (${format})`}\n`);
  }
  if (!values.list && actionGroups.length === 0) process.stderr.write("alerts: no --action-group given: the rules fire into the Azure portal only\n");
}

try {
  main();
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`alerts: ${message}\n`);
  process.exit(2);
}
