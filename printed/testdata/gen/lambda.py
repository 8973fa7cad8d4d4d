"""Writes the Lambda invoke event of the path given (a JSON file) as a
Python job worker logs it, into the folder given:

  python-print.txt    print(event)
  python-pprint.txt   pprint.pprint(event)
  python-logging.txt  logger.info(event) in the Python runtime's text log
                      format, with a fixed time and request id

The runtime's format is that of aws-lambda-python-runtime-interface-client
(awslambdaric/bootstrap.py, _setup_logging).
"""

import calendar
import json
import logging
import os
import pprint
import sys
import time

event_path, out = sys.argv[1], sys.argv[2]
with open(event_path, encoding="utf-8") as f:
    event = json.load(f)


def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


write("python-print.txt", repr(event) + "\n")
write("python-pprint.txt", pprint.pformat(event) + "\n")

formatter = logging.Formatter(
    "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
    "%Y-%m-%dT%H:%M:%S",
)
formatter.converter = time.gmtime
record = logging.LogRecord("root", logging.INFO, "lambda_function.py", 7, event, None, None)
record.created = calendar.timegm((2026, 12, 2, 10, 15, 0)) + 0.123
record.msecs = 123
record.aws_request_id = "c793869b-ee49-115b-a5b6-4fd21e8dedac"
write("python-logging.txt", formatter.format(record))
