#!/usr/bin/env python3
"""A real SMTP server for tests: stores every message it accepts as a file.

    python3 scripts/smtp_sink.py --port N --dir D [--reject-rcpt SUBSTR]

Listens on 127.0.0.1:N. Each message is written to D/<monotonic ns>-<pid>-<n>.eml
(temp file, fsync, rename) before the 250 reply, so a client whose send returned can
read the directory at once. Prints "ready" once listening; exits cleanly on SIGTERM.
Recipients containing SUBSTR get a 550, to exercise permanent failures. Needs aiosmtpd
(scripts/setup.sh installs it).
"""

import argparse
import asyncio
import itertools
import logging
import os
import signal
import time

from aiosmtpd.smtp import SMTP


class Sink:
    """aiosmtpd handler: accepts everything except the rejected recipients."""

    def __init__(self, directory, reject_rcpt):
        self.directory = directory
        self.reject_rcpt = reject_rcpt
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject_rcpt and self.reject_rcpt in address:
            return "550 5.1.1 Recipient rejected by smtp_sink"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        # Monotonic time first so that names sort in arrival order; pid and counter make them
        # unique across sinks sharing a directory.
        name = f"{time.monotonic_ns():020d}-{os.getpid()}-{next(self.counter)}.eml"
        final = os.path.join(self.directory, name)
        temp = os.path.join(self.directory, f".{name}.tmp")
        with open(temp, "wb") as f:
            f.write(envelope.original_content)
            f.flush()
            os.fsync(f.fileno())
        os.rename(temp, final)
        return "250 OK stored"


async def serve(args):
    os.makedirs(args.dir, exist_ok=True)
    handler = Sink(args.dir, args.reject_rcpt)
    loop = asyncio.get_running_loop()
    # A fixed hostname: aiosmtpd's default does a DNS lookup, slow or hanging offline.
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="smtp-sink", ident="convene smtp_sink"),
        host="127.0.0.1",
        port=args.port,
    )
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print("ready", flush=True)
    await stop.wait()
    server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--reject-rcpt", default=None)
    args = parser.parse_args()
    # aiosmtpd warns about AUTH on every connection; only errors matter to a test.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
