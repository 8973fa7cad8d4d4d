// Prints each result and each tool notification in the SARIF log that
// sarif-multitool validate writes, and exits 1 when there is any: every
// result is an error, a warning or a note about the file validated.
'use strict';
const fs = require('fs');

const log = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let problems = 0;
for (const run of log.runs || []) {
  const rules = new Map((run.tool.driver.rules || []).map((r) => [r.id, r]));
  for (const result of run.results || []) {
    problems++;
    const rule = rules.get(result.ruleId) || {};
    const template = (rule.messageStrings || {})[result.message.id];
    let text = result.message.text || (template && template.text) || result.message.id || '';
    (result.message.arguments || []).forEach((arg, i) => {
      text = text.split(`{${i}}`).join(arg);
    });
    const where = ((result.locations || [])[0] || {}).physicalLocation || {};
    const line = (where.region || {}).startLine || 0;
    if (text.length > 300) text = text.slice(0, 300) + '...';
    console.log(`${result.level || 'warning'} ${result.ruleId} ${rule.name || ''} at line ${line}: ${text}`);
  }
  for (const invocation of run.invocations || []) {
    const notes = [...(invocation.toolExecutionNotifications || []), ...(invocation.toolConfigurationNotifications || [])];
    for (const note of notes) {
      if (note.level === 'note') continue;
      problems++;
      console.log(`${note.level || 'warning'} (tool): ${note.message.text}`);
    }
  }
}
process.exit(problems === 0 ? 0 : 1);
