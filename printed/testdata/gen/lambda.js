// Writes the Lambda invoke event of the path given (a JSON file) as a
// Node.js job worker logs it, into the folder given:
//
//   node-console-log.txt   console.log(event)
//   node-depth-null.txt    console.dir(event, { depth: null })
//   node-job-data.txt      console.log(event['CodePipeline.job'].data)
//   node-runtime-stdout.txt
//                          console.log('job data', data) in the Node.js
//                          runtime's text log format written to standard
//                          output, with a fixed time and request id
//
// The runtime's format is that of aws-lambda-nodejs-runtime-interface-client
// (src/LogPatch.js, logTextToStdout), which turns each '\n' of the message
// into '\r'.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');

const [eventPath, out] = process.argv.slice(2);
const event = JSON.parse(fs.readFileSync(eventPath, 'utf8'));
const data = event['CodePipeline.job'].data;
const write = (name, text) => fs.writeFileSync(path.join(out, name), text);

write('node-console-log.txt', util.format(event) + '\n');
write('node-depth-null.txt', util.inspect(event, { depth: null }) + '\n');
write('node-job-data.txt', util.format(data) + '\n');
const line = `2026-12-02T10:15:00.123Z\tc793869b-ee49-115b-a5b6-4fd21e8dedac\tINFO\t${util.format('job data', data)}`;
write('node-runtime-stdout.txt', line.replace(/\n/g, '\r') + '\n');
