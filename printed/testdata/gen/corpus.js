// Writes corpus/node.jsonl: values as JSON.parse makes them from a Lambda
// event, each printed as console.log writes it (util.inspect with the
// default options), with depth: null (console.dir(v, { depth: null })), on
// one line (breakLength: Infinity), and as the Node.js runtime writes a
// message to standard output, its '\n' turned into '\r'. Each line is
// {"name", "text", "want"}: the printed text and the value the parser must
// read from it, which expect() derives from the value by the rules of
// util.inspect's options.
//
// Run by gen.sh; the values come from a seeded generator, so the output
// only changes with the Node.js version or this file. Arguments: the seed
// (13) and the number of values (80).
'use strict';

const util = require('util');

// mulberry32: a small seeded generator, so that the corpus is the same on
// every run.
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const [seed = '13', count = '80'] = process.argv.slice(2);
const rng = random(Number(seed));
const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const choice = (list) => list[int(0, list.length - 1)];

// Characters that test util.inspect's choice of quotes and its escapes.
const SPECIAL = [
  "'", '"', '`', '${', '\\', '\t', '\n', '\r', '\b', '\f', '\v', '\x00',
  '\x1b', '\x7f', '\x85', '\xa0', 'é', '日本', '😀', '\u2028', '\ud800',
  '\udfff', '{', '}', '[', ']', ',', ':', '<', '>', ' ', '+', '=>',
];
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+=-_.';
const KEYS = [
  'CodePipeline.job', 'id', 'accountId', 'data', 'artifactCredentials',
  'accessKeyId', 'secretAccessKey', 'sessionToken', '', '1', '42', "it's",
  'say "hi"', 'both \' and "', 'a-b', '__proto__', 'constructor', 'é', '$x',
];

function text(longest) {
  const n = int(0, longest);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += rng() < 0.15 ? choice(SPECIAL) : choice(PLAIN);
  }
  return s;
}

function number() {
  switch (int(0, 4)) {
    case 0: return int(-1000, 1000);
    case 1: return choice([0.1, 1e16, 1e21, 1.5e-7, 1.5, -2.25, 1.7976931348623157e308, 5e-324]);
    case 2: return (rng() - 0.5) * 2e6;
    case 3: return 1764720000000;
    default: return int(0, 2 ** 53);
  }
}

// value returns JSON text, so that JSON.parse makes the object as Lambda
// does (own __proto__ keys, integer keys first).
function value(depth) {
  switch (int(0, depth < 4 ? 9 : 5)) {
    case 0: return 'null';
    case 1: return rng() < 0.5 ? 'true' : 'false';
    case 2: return JSON.stringify(number());
    case 3: case 4: case 5: {
      // Long strings with line breaks are split by util.inspect.
      const s = rng() < 0.8 ? text(40) : text(120) + '\n' + text(40);
      return JSON.stringify(s);
    }
    case 6: case 7: case 8: {
      const members = [];
      for (let n = int(0, 5); n > 0; n--) {
        const key = rng() < 0.5 ? choice(KEYS) : text(12);
        members.push(JSON.stringify(key) + ':' + value(depth + 1));
      }
      return '{' + members.join(',') + '}';
    }
    default: {
      const items = [];
      for (let n = int(0, 5); n > 0; n--) items.push(value(depth + 1));
      return '[' + items.join(',') + ']';
    }
  }
}

// expect is the value util.inspect shows of v: containers past depth
// become [Object] or [Array] (empty ones are shown), arrays are cut at
// maxArrayLength and strings at maxStringLength.
function expect(v, depth, recurse = 0) {
  if (typeof v === 'string') return v.slice(0, 10000);
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  if (recurse > depth && keys.length > 0) return Array.isArray(v) ? '[Array]' : '[Object]';
  if (Array.isArray(v)) return v.slice(0, 100).map((x) => expect(x, depth, recurse + 1));
  const out = {};
  for (const k of keys) {
    Object.defineProperty(out, k, {
      value: expect(v[k], depth, recurse + 1), enumerable: true, writable: true, configurable: true,
    });
  }
  return out;
}

const out = [];
function add(name, text, want) {
  out.push(JSON.stringify({ name, text: text + '\n', want }));
}

for (let i = 0; i < Number(count); i++) {
  const v = JSON.parse(i % 3 ? '{"v":' + value(1) + '}' : '[' + value(1) + ',' + value(1) + ']');
  const seen = new Set();
  for (const [name, text, depth] of [
    ['console-log', util.format(v), 2],
    ['depth-null', util.inspect(v, { depth: null }), Infinity],
    ['one-line', util.inspect(v, { breakLength: Infinity }), 2],
    ['stdout', util.format(v).replace(/\n/g, '\r'), 2],
  ]) {
    if (seen.has(text)) continue;
    seen.add(text);
    add(String(i).padStart(3, '0') + '-' + name, text, expect(v, depth));
  }
}

// maxArrayLength and maxStringLength, with a placeholder at each end.
const long = { items: Array.from({ length: 103 }, (_, i) => i), s: 'x'.repeat(10003), deep: { a: { b: { c: 1 } } } };
add('long-console-log', util.format(long), expect(long, 2));
const strings = ['a'.repeat(20) + '\n' + 'b'.repeat(70) + '\n', "it's", 'it\'s "x"', 'it\'s "x" `y`', 'it\'s "x" ${y}'];
add('strings-console-log', util.format({ strings }), expect({ strings }, 2));

process.stdout.write(out.join('\n') + '\n');
