// Package printed reads the text that Python and Node.js print for an
// object into a document tree with the line and column of every value and
// member key. A Lambda job worker that logs its event (print(event),
// logger.info(event), console.log(event)) leaves this text, with the
// pipeline's artifact credentials inside, in CloudWatch Logs; read back,
// the event is linted like a job read from a file.
//
// # Python
//
// Python reads repr() of a dict, list or tuple as CPython 3 writes it: the
// text of print(event), of logging's logger.info(event) (the message is
// str(event), which for a dict is its repr) and of pprint.pprint(event).
// The facts are those of the Python documentation (repr, str.isprintable,
// pprint: https://docs.python.org/3/library/functions.html#repr,
// https://docs.python.org/3/library/pprint.html) and of CPython's
// Objects/unicodeobject.c (unicode_repr) and Lib/pprint.py:
//
//   - A dict is {'key': value, ...}, a list [...], a tuple (...), written
//     (x,) for one item, and a set {1, 2}. A dict is an Object, the others
//     are Arrays. A key that is not a string (1, None, (1, 2)) keeps its
//     printed text as the member's key.
//   - A string is in single quotes, or in double quotes when it holds a
//     single quote and no double quote. repr escapes the backslash and that
//     quote, \t \n \r, the other characters that are not printable as \xhh,
//     \uhhhh or \Uhhhhhhhh (a lone surrogate as \udxxx, read as U+FFFD),
//     and writes every other character as it is.
//   - pprint breaks a long string into literals next to each other, each on
//     a line of its own ('abc' 'def'; at the top level in parentheses);
//     they are joined, as Python joins them.
//   - An int or a float (1e+16, 1e-07, -0.0) is a Number; None, True and
//     False are null and booleans.
//   - The other values repr writes are String nodes that hold their printed
//     text, so that they never fail the parse: a call such as Decimal('1.5')
//     or datetime.datetime(2026, 12, 2, 10, 15, tzinfo=tzutc()) (boto3
//     responses hold these), a repr in angle brackets (<object object at
//     0x7f...>), set(), a dotted name (re.IGNORECASE), inf, nan, Ellipsis,
//     a complex number, a bytes literal (b'...'), and [...] or {...} for a
//     container that holds itself. A bare name (a key without quotes, null,
//     true) or a placeholder such as [Object] is not Python's and is an
//     error, so that a caller may try Python first: util.inspect's text
//     that Python reads too, such as { 'a': [ 1, 'b' ] }, gives the same
//     tree (the tests hold this on every text of the Node.js corpus), and
//     Node returns an error for None, True and False.
//
// # Node.js
//
// Node reads util.inspect's text of an object, which console.log writes,
// with the default options of Node.js 18, 20 and 22 (depth 2,
// maxArrayLength 100, maxStringLength 10000, breakLength 80, compact 3).
// The facts are those of the util.inspect documentation
// (https://nodejs.org/api/util.html#utilinspectobject-options) and of
// lib/internal/util/inspect.js:
//
//   - An object is { key: value, ... }, on several lines indented by two
//     spaces when it does not fit in breakLength; an array is [ 1, 2 ]. A
//     key is written bare when it is an identifier (/^[a-zA-Z_][a-zA-Z_0-9]*$/),
//     else quoted ('CodePipeline.job', '1'); ['__proto__'] and [Symbol(x)]
//     are in brackets.
//   - A string is in single quotes; in double quotes when it holds a single
//     quote and no double quote; in backticks when it holds both and no
//     backtick or "${". The escapes are \\ \' \b \t \n \f \r, \xhh for the
//     other control characters (\u00hh in older releases) and \uhhhh for a
//     lone surrogate. A string longer than 16 characters that holds line
//     breaks and does not fit is written as one literal per line joined by
//     " +" at the line ends; the literals are joined. A string longer than
//     maxStringLength is cut and followed by "... N more characters"; its
//     node holds the characters shown.
//   - A number (-0, 1e+21) is a Number; null and undefined are null; true
//     and false are booleans.
//   - An object or array nested deeper than depth is written [Object] or
//     [Array] ([Foo] for an instance of class Foo). These placeholders, and
//     every other value written as text ([Function: f], [class A],
//     [Getter], [Circular *1], Symbol(x), NaN, 10n, a Date, a RegExp,
//     <Buffer ...>, an Error's stack), are String nodes that hold that text:
//     the tree has no members below them. console.log(event) for a Lambda
//     event therefore shows "artifactCredentials: [Object]": only a value
//     logged on its own (console.log(job.data)), or with depth: null, shows
//     the credentials.
//   - A prefix before an object or array is read over, and the node is
//     placed at the prefix: a class name (Credentials { ... }), Map(2) {,
//     Set(1) {, [Object: null prototype] {, <ref *1> {. A Map's entries
//     (key => value) are members, a key that is not a string keeping its
//     text; a container of bare values (a Set) is an Array, and bare values
//     beside members are left out.
//   - An array longer than maxArrayLength ends in "... N more items" and
//     holds the items shown. The extra properties util.inspect writes after
//     an array's items ([ 1, foo: 'bar' ]) are left out, and a hole
//     (<1 empty item>) is a String item.
//
// # Lambda logs
//
// The Lambda runtimes write what a function logs as follows (the Lambda
// developer guide's pages on Python and Node.js logging,
// https://docs.aws.amazon.com/lambda/latest/dg/python-logging.html and
// nodejs-logging.html, and the runtime interface clients
// aws-lambda-python-runtime-interface-client and
// aws-lambda-nodejs-runtime-interface-client):
//
//   - Python's print writes the repr alone. Its logging module, in the text
//     log format, writes the level in brackets, the time, the request id and
//     the message, each but the last followed by a tab, the last by a line
//     end:
//     "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n".
//     In the JSON log format the repr is the "message" string of
//     {"timestamp", "level", "message", "logger", "requestId"}.
//   - Node.js's console.log writes "timestamp\trequestId\tINFO\t" and the
//     util.format text of its arguments; a runtime that writes to standard
//     output (rather than to the telemetry file descriptor) turns every
//     '\n' of the message into '\r'. In the JSON log format, a single
//     object argument is JSON in "message"; several arguments
//     (console.log('event', event)) are util.format text there.
//
// Start finds where the object starts in such a message and which parser
// reads it.
//
// # Positions and limits
//
// Line and Col are 1-based, relative to the text given, and Col counts
// characters (Unicode code points), as decode does. Lines end at '\n'
// only: a '\r' is whitespace that takes a column, so a Node.js message
// whose line breaks the runtime turned into '\r' is one line. The text
// must be valid UTF-8 and hold one object or array with only whitespace
// around it. Parsing takes time linear in the length of the text; nesting
// deeper than MaxDepth, counting the brackets of values read as text, is
// an Error.
package printed
