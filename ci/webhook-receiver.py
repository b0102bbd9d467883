#!/usr/bin/env python3
"""A webhook receiver for ci/webhooks-two-instances.sh: verifies every Standard Webhooks signature,
answers 500 to the first attempt of every fourth message (so that retries happen), 204 otherwise, and
appends 'webhook-id type' to the log for each message it accepted.

    webhook-receiver.py PORT SECRET LOG
"""
import base64, hashlib, hmac, json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, secret, log_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
key = base64.b64decode(secret[len("whsec_"):])
seen, lock = set(), threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"]))
        msg_id, ts = self.headers["webhook-id"], self.headers["webhook-timestamp"]
        expected = base64.b64encode(hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        signatures = [s.split(",", 1)[1] for s in self.headers["webhook-signature"].split(" ")]
        if not any(hmac.compare_digest(expected, s) for s in signatures):
            print(f"receiver: BAD SIGNATURE on {msg_id}", file=sys.stderr)
            self.send_response(400); self.end_headers(); return
        with lock:
            first = msg_id not in seen
            seen.add(msg_id)
            fail = first and int(hashlib.sha256(msg_id.encode()).hexdigest(), 16) % 4 == 0
            if not fail:
                with open(log_path, "a") as log:
                    log.write(f"{msg_id} {json.loads(body)['type']}\n")
        self.send_response(500 if fail else 204); self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
