"""Writes corpus/python.jsonl: values as json.loads makes them from a Lambda
event, each printed as print() writes it (repr) and as pprint writes it at
several widths. Each line is {"name", "text", "want"}: the printed text and
the value the parser must read from it.

Run by gen.sh; the values come from a seeded generator, so the output only
changes with the Python version or this file. Arguments: the seed (13) and
the number of values (80).
"""

import json
import pprint
import random
import sys

# Characters that test the quoting and escaping of repr: both quotes, the
# backslash, control characters, C1 controls and other characters that are
# not printable (escaped as \x, \u, \U), printable non-ASCII characters
# (written as they are), an astral character, lone surrogates.
SPECIAL = [
    "'", '"', "\\", "\t", "\n", "\r", "\x00", "\x1b", "\x7f", "\x85", "\xa0",
    "é", "日本", "😀", "\u200b", "\u2028", "\U000e0001", "\ud800", "\udfff",
    "{", "}", "[", "]", "(", ")", ",", ":", "<", ">", " ", "#",
]
PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+=-_."
KEYS = [
    "CodePipeline.job", "id", "accountId", "data", "artifactCredentials",
    "accessKeyId", "secretAccessKey", "sessionToken", "", "1", "it's",
    'say "hi"', "both ' and \"", "a-b", "__proto__", "é",
]


def text(rng, longest):
    n = rng.randint(0, longest)
    out = []
    for _ in range(n):
        if rng.random() < 0.15:
            out.append(rng.choice(SPECIAL))
        else:
            out.append(rng.choice(PLAIN))
    return "".join(out)


def number(rng):
    kind = rng.randint(0, 5)
    if kind == 0:
        return rng.randint(-1000, 1000)
    if kind == 1:
        return rng.randint(0, 10**30)
    if kind == 2:
        return rng.choice([0.1, 1e16, 1e-07, 1.5, -2.25, 1e308, 5e-324, 123456789.125])
    if kind == 3:
        return rng.uniform(-1e6, 1e6)
    if kind == 4:
        return 1764720000000
    return -0.0


def value(rng, depth):
    kind = rng.randint(0, 9 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return number(rng)
    if kind in (3, 4, 5):
        return text(rng, 40 if rng.random() < 0.8 else 150)
    if kind in (6, 7, 8):
        obj = {}
        for _ in range(rng.randint(0, 5)):
            key = rng.choice(KEYS) if rng.random() < 0.5 else text(rng, 12)
            obj[key] = value(rng, depth + 1)
        return obj
    return [value(rng, depth + 1) for _ in range(rng.randint(0, 5))]


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 13
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 80
    rng = random.Random(seed)
    out = sys.stdout
    for i in range(count):
        v = {"v": value(rng, 1)} if i % 3 else [value(rng, 1), value(rng, 1)]
        # As json.loads makes it: a surrogate pair made of two lone
        # surrogates next to each other is one character.
        v = json.loads(json.dumps(v))
        printed = [("repr", repr(v))]
        for width in (80, 30, 1):
            printed.append(("pprint%d" % width, pprint.pformat(v, width=width)))
        seen = set()
        for name, t in printed:
            if t in seen:
                continue
            seen.add(t)
            rec = {"name": "%03d-%s" % (i, name), "text": t + "\n", "want": v}
            out.write(json.dumps(rec, ensure_ascii=True) + "\n")


main()
