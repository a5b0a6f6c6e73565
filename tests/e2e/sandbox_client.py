#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent Lesspay payout client written from the spec, standard library only.

Signs requests per spec section 2, creates a batch, polls query until the batch is final and
checks the answers. With --sandbox PATH it starts lesspay-sandbox on a free port itself.
Exit status 0 on success.
"""
import argparse
import hashlib
import json
import subprocess
import sys
import time
import urllib.request
import uuid

FINAL = {"SUCCEED", "SUCCESS", "FAILED", "PARTIAL_SUCCESS"}


def render(value):
    if isinstance(value, str):
        return value
    # Numbers, booleans, objects and arrays as compact JSON with sorted keys, raw UTF-8.
    return json.dumps(value, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def sign(body, secret):
    parts = [f"{k}={render(body[k])}" for k in sorted(body) if body[k] is not None and body[k] != ""]
    parts.append(f"key={secret}")
    return hashlib.sha256("&".join(parts).encode("utf-8")).hexdigest().upper()


def call(base, path, body, appid, secret):
    data = json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(base + path, data=data, method="POST")
    req.add_header("Content-Type", "application/json")
    req.add_header("x-auth-appid", appid)
    req.add_header("X-Auth-Timestamp", str(int(time.time() * 1000)))
    req.add_header("x-auth-signature", sign(body, secret))
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read().decode("utf-8"))


def check(condition, message):
    if not condition:
        raise SystemExit("FAIL: " + message)


def run(base, appid, secret, timeout_s):
    request_id = "PY-" + uuid.uuid4().hex[:20]
    details = [
        {"mch_order_id": "D1", "amount": "100.00", "destination_type": "bank",
         "bank_account_name": "Juan Dela Cruz", "bank_account_no": "001234567890",
         "bank_account_type": "individual", "bank_name": "BDO Unibank",
         "bank_country_code": "PH", "bank_swift_code": "BNORPHMM"},
        {"mch_order_id": "D2", "amount": "50.13", "destination_type": "bank",
         "bank_account_name": "Maria Santos", "bank_account_no": "009876543210",
         "bank_account_type": "business", "bank_name": "Bank of the Philippine Islands",
         "bank_country_code": "PH", "bank_swift_code": "BOPIPHMMXXX"},
    ]
    body = {"request_id": request_id, "currency": "PHP", "total_amount": "150.13",
            "way_type": "BANK_TRANSFER", "way_code": "TAZAPAY_PAYOUT",
            "notify_url": "http://127.0.0.1:9/notify", "payout_order_details": details}
    created = call(base, "/api/global/payout/batch/create-order", body, appid, secret)
    check(created.get("code") == 0, f"create: {created}")
    data = created["data"]
    check(data["order_status"] == "PENDING_CONFIRM", f"create status: {data}")
    check(data["total_amount_obj"] == {"amountStr": "150.13", "currencyCode": "PHP"}, f"total: {data}")
    pay_order_id = data["pay_order_id"]

    again = call(base, "/api/global/payout/batch/create-order", body, appid, secret)
    check(again.get("code") == 30011, f"re-send must be 30011: {again}")

    deadline = time.time() + timeout_s
    while True:
        answer = call(base, "/api/global/payout/query",
                      {"request_id": request_id, "pay_order_id": pay_order_id}, appid, secret)
        check(answer.get("code") == 0, f"query: {answer}")
        status = answer["data"]["order_status"]
        if status in FINAL:
            break
        check(time.time() < deadline, f"batch not final in time, last status {status}")
        time.sleep(0.05)
    check(status == "PARTIAL_SUCCESS", f"final status {status}")
    rows = {d["mch_order_id"]: d for d in answer["data"]["details"]}
    check(rows["D1"]["status"] in ("SUCCEED", "SUCCESS"), f"D1: {rows['D1']}")
    check(rows["D2"]["status"] == "FAILED" and rows["D2"]["fail_reason"], f"D2: {rows['D2']}")
    check(rows["D1"]["bank_account_no"].endswith("7890") and "1234" not in rows["D1"]["bank_account_no"],
          f"masking: {rows['D1']}")

    missing = call(base, "/api/global/payout/query", {"request_id": "PY-unknown-" + request_id}, appid, secret)
    check(missing.get("code") == 30020, f"unknown order must be 30020: {missing}")
    print(f"ok: {pay_order_id} {status}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url")
    parser.add_argument("--sandbox", help="path of lesspay-sandbox to start on a free port")
    parser.add_argument("--appid", default="sandbox-demo")
    parser.add_argument("--secret", default="sandbox-demo-secret")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    if args.sandbox:
        proc = subprocess.Popen([args.sandbox, "--port", "0", "--review-delay-ms", "50", "--pay-delay-ms", "50",
                                 "--webhook-attempts", "1"], stdout=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline().strip()
            prefix = "lesspay-sandbox listening on "
            check(line.startswith(prefix), f"unexpected first line {line!r}")
            run(line[len(prefix):], args.appid, args.secret, args.timeout)
        finally:
            proc.terminate()
            check(proc.wait(timeout=10) == 0, "sandbox did not exit cleanly on SIGTERM")
    else:
        check(bool(args.base_url), "--base-url or --sandbox is required")
        run(args.base_url, args.appid, args.secret, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
