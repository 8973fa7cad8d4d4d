// Editors read jobdetails-lint's schema as the README's Editors section says:
// VS Code's JSON language service (vscode-json-languageservice) with the
// README's json.schemas setting, and the YAML language server (the server of
// VS Code's YAML extension, run as a real server over stdio) with the
// README's yaml.schemas setting and with its `# yaml-language-server:
// $schema=` line. Each reports a wrong value on its line, and nothing in a
// valid job, for each form of job that follows.
//
// Run by tools/editors/test.sh: JOBDETAILS_LINT names the binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jsonService from 'vscode-json-languageservice';
import jsonrpc from 'vscode-jsonrpc/node';

// Both are CommonJS modules.
const { getLanguageService, TextDocument } = jsonService;
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = jsonrpc;

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const lint = process.env.JOBDETAILS_LINT;
assert.ok(lint, 'JOBDETAILS_LINT names the jobdetails-lint binary (tools/run.sh sets it)');

// The README's Editors section: the settings block and the modeline.
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const editors = section(readme, '### Editors');
const settings = JSON.parse(block(editors, 'json', '"json.schemas"'));
const modeline = block(editors, 'yaml', '# yaml-language-server:').split('\n')[0];

// The files of each case: a valid job and the same job with one wrong value,
// and the line (1-based) of that value.
const fixture = (name) => fs.readFileSync(path.join(root, name), 'utf8');
const lambda = fixture('testdata/ok/lambda-invoke-event.json');
const yamlJob = fixture('testdata/samples/deploy-job.yaml');
const cases = {
  'GetJobDetails response': {
    ext: 'json',
    good: fixture('testdata/ok/get-job-details-full.json'),
    bad: fixture('testdata/err/rule-action-category-lowercase.json'), // "category": "build"
    line: 7,
  },
  'Lambda invoke event': {
    // The event has no category; its artifact location type is the enum.
    ext: 'json',
    good: lambda,
    bad: lambda.replace('"type": "S3"', '"type": "s3"'),
    line: lineOf(lambda, '"type": "S3"'),
  },
  'YAML GetJobDetails response': {
    ext: 'yaml',
    good: yamlJob.replace('category: "deploy"', 'category: "Deploy"'),
    bad: yamlJob, // category: "deploy"
    line: lineOf(yamlJob, 'category: "deploy"'),
  },
};

// The workspace: the schema where the README writes it, and the fixtures.
let workspace;
before(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'jobdetails-lint-editors-'));
  // jobdetails-lint schema > jobdetails.schema.json
  fs.writeFileSync(path.join(workspace, 'jobdetails.schema.json'), execFileSync(lint, ['schema']));
  fs.mkdirSync(path.join(workspace, 'fixtures'));
  fs.mkdirSync(path.join(workspace, 'jobs'));
});
after(() => fs.rmSync(workspace, { recursive: true, force: true }));

// write puts a file in the workspace and returns its URI.
function write(rel, text) {
  const file = path.join(workspace, rel);
  fs.writeFileSync(file, text);
  return pathToFileURL(file).href;
}

test('README names the schema as jobdetails-lint schema writes it', () => {
  assert.match(editors, /jobdetails-lint schema > jobdetails\.schema\.json/);
  assert.ok(Array.isArray(settings['json.schemas']), 'json.schemas');
  assert.equal(typeof settings['yaml.schemas'], 'object', 'yaml.schemas');
  assert.match(modeline, /^# yaml-language-server: \$schema=\S+$/);
});

// VS Code's JSON support, configured as its client configures the language
// service from a single-folder workspace's .vscode/settings.json: a url that
// starts with "." or "/" is joined to the folder, fileMatch goes as it is.
test('VS Code JSON: json.schemas', async (t) => {
  const folder = pathToFileURL(workspace).href;
  const ls = getLanguageService({
    schemaRequestService: (uri) => fs.promises.readFile(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (rel, resource) => new URL(rel, resource).href },
  });
  ls.configure({
    validate: true,
    allowComments: false,
    schemas: settings['json.schemas'].map((s) => ({
      uri: /^[./]/.test(s.url) ? folder + '/' + s.url.replace(/^\.\//, '') : s.url,
      fileMatch: s.fileMatch,
    })),
  });
  const diagnose = async (uri, text) => {
    const doc = TextDocument.create(uri, 'json', 1, text);
    return ls.doValidation(doc, ls.parseJSONDocument(doc));
  };
  for (const [name, c] of Object.entries(cases)) {
    if (c.ext !== 'json') continue;
    await t.test(name, async () => {
      const slug = name.toLowerCase().replace(/\W+/g, '-');
      const good = await diagnose(write(`fixtures/${slug}.json`, c.good), c.good);
      assert.deepEqual(good.map(show), [], 'the valid job');
      const bad = await diagnose(write(`fixtures/${slug}-bad.json`, c.bad), c.bad);
      assertOneLine(bad, c.line);
    });
  }
  await t.test('a file outside fileMatch is not checked', async () => {
    const bad = cases['GetJobDetails response'].bad;
    assert.deepEqual((await diagnose(write('jobs/other.json', bad), bad)).map(show), []);
  });
});

// The YAML language server as VS Code's YAML extension runs it: over stdio,
// with the workspace folder as root, pulling the "yaml" settings.
test('YAML language server: yaml.schemas and the modeline', async (t) => {
  const server = await startYamlServer(workspace, {
    schemas: settings['yaml.schemas'],
    validate: true,
    // No network here: the schema store's catalogue cannot be fetched.
    schemaStore: { enable: false },
  });
  t.after(() => server.stop());
  const c = cases['YAML GetJobDetails response'];

  await t.test('yaml.schemas: a fixture', async () => {
    const good = await server.diagnose(write('fixtures/deploy-job.yaml', c.good), c.good);
    assert.deepEqual(good.map(show), [], 'the valid job');
    const bad = await server.diagnose(write('fixtures/deploy-job-bad.yaml', c.bad), c.bad);
    assertOneLine(bad, c.line);
  });

  await t.test('the modeline, outside yaml.schemas', async () => {
    const good = `${modeline}\n${c.good}`;
    const bad = `${modeline}\n${c.bad}`;
    assert.deepEqual((await server.diagnose(write('jobs/deploy-job.yaml', good), good)).map(show), [], 'the valid job');
    assertOneLine(await server.diagnose(write('jobs/deploy-job-bad.yaml', bad), bad), c.line + 1);
  });

  await t.test('no schema without the setting or the modeline', async () => {
    assert.deepEqual((await server.diagnose(write('jobs/plain.yaml', c.bad), c.bad)).map(show), []);
  });
});

// startYamlServer runs yaml-language-server --stdio and answers its
// requests for settings with yaml.
async function startYamlServer(folder, yaml) {
  const bin = path.join(here, 'node_modules/yaml-language-server/bin/yaml-language-server');
  const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map(); // uri -> [resolve]
  conn.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }) => {
    const waiting = published.get(uri);
    if (waiting) waiting(diagnostics);
  });
  conn.onRequest('workspace/configuration', ({ items }) => items.map((i) => (i.section === 'yaml' ? yaml : {})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('telemetry/event', () => {});
  conn.listen();
  const folderUri = pathToFileURL(folder).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: path.basename(folder) }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: { publishDiagnostics: {} },
    },
  });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await new Promise((r) => setTimeout(r, 500)); // the server pulls the settings

  let version = 0;
  return {
    // diagnose opens a document and returns the diagnostics the server
    // publishes for it, once it has settled.
    async diagnose(uri, text) {
      const done = new Promise((resolve, reject) => {
        let last;
        let timer;
        const timeout = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 20000);
        published.set(uri, (diagnostics) => {
          last = diagnostics;
          clearTimeout(timer);
          timer = setTimeout(() => {
            clearTimeout(timeout);
            resolve(last);
          }, 300);
        });
      });
      await conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: ++version, text },
      });
      return done;
    },
    async stop() {
      await conn.sendRequest('shutdown').catch(() => {});
      await conn.sendNotification('exit').catch(() => {});
      conn.dispose();
      child.kill();
    },
  };
}

// assertOneLine: there are diagnostics, all on the 1-based line.
function assertOneLine(diagnostics, line) {
  assert.ok(diagnostics.length > 0, `a diagnostic on line ${line}, got none`);
  assert.deepEqual(
    diagnostics.map((d) => d.range.start.line + 1),
    diagnostics.map(() => line),
    `every diagnostic on line ${line}: ${diagnostics.map(show).join('; ')}`,
  );
}

function show(d) {
  return `${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`;
}

function lineOf(text, needle) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return text.slice(0, i).split('\n').length;
}

// section is the README's text from a heading to the next heading of the
// same or a higher level, outside code blocks.
function section(text, heading) {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `README has no ${heading}`);
  const level = heading.indexOf(' ');
  let fenced = false;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i].startsWith('```')) fenced = !fenced;
    const m = !fenced && /^(#+) /.exec(lines[i]);
    if (m && m[1].length <= level) return lines.slice(start + 1, i).join('\n');
  }
  return lines.slice(start + 1).join('\n');
}

// block is the first fenced block of the language that holds marker.
function block(text, lang, marker) {
  for (const m of text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))) {
    if (m[1].includes(marker)) return m[1];
  }
  assert.fail(`README's Editors section has no ${lang} block with ${marker}`);
}
