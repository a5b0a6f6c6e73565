#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the first page of a batch report (English and Chinese) and one payment advice into this
# folder: a 250-payout batch goes through a real lesspay-sandbox with lesspay-cli, then
# `lesspay-cli report` / `advice` write the PDFs and pdftoppm (poppler-utils) renders them at 60 dpi.
# Usage: docs/screenshots/make-report-pages.sh BUILD_DIR
set -eu
build=${1:?usage: make-report-pages.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
cmake --build "$build" --target lesspay-cli lesspay-sandbox
work=$(mktemp -d)
sandbox_pid=""
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$build/app/sandbox/lesspay-sandbox" --port 0 --review-delay-ms 200 --pay-delay-ms 300 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 50); do grep -q listening "$work/sandbox.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/sandbox.log" | head -1)

# 250 payouts with fixed random amounts; the sandbox fails those ending in .13 and .14.
python3 - "$work/batch.csv" <<'PY'
import random, sys
random.seed(7)
names = ["Juan Dela Cruz", "Maria Santos", "Jose Rizal", "Ana Reyes", "Pedro Bautista", "Liza Soberano Garcia",
         "Carlos Mendoza", "Rosa Villanueva"]
banks = ["BDO Unibank", "Bank of the Philippine Islands", "Metropolitan Bank and Trust Company",
         "Land Bank of the Philippines"]
rows = ["mch_order_id,amount,destination_type,bank_account_name,bank_account_no,bank_account_type,bank_name,"
        "bank_country_code,bank_swift_code,e_wallet.account_name,e_wallet.account_number,e_wallet.account_type,"
        "e_wallet.provider,e_wallet.deposit_key_type,e_wallet.deposit_key"]
for i in range(1, 251):
    amount = f"{random.randint(100, 25000)}.{random.choice(['00', '50', '13', '25', '14', '75'])}"
    if i % 5 == 0:
        rows.append(f"PAY-2026-{i:04d},{amount},ewallet,,,,,,,{random.choice(names)},0917{random.randint(1000000, 9999999)},"
                    f"individual,GCash,phone,'+63917{random.randint(1000000, 9999999)}")
    else:
        rows.append(f"PAY-2026-{i:04d},{amount},bank,{random.choice(names)},00{random.randint(1000000000, 9999999999)},"
                    f"individual,{random.choice(banks)},PH,BNORPHMM,,,,,,")
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
PY

id=6f1d2c3b-1111-4222-8333-944455556666
cat >"$work/settings.ini" <<INI
[profiles]
$id\name=Acme PH (sandbox)
$id\environment=custom
$id\baseUrl=$url
$id\appId=sandbox-demo
$id\wayType=BANK_TRANSFER
$id\wayCode=TAZAPAY_PAYOUT
$id\notifyUrl=http://127.0.0.1:9/notify
$id\payerName=Acme Trading Philippines Inc.
INI

cli() {
  XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LESSPAY_APP_SECRET=sandbox-demo-secret \
    "$build/app/cli/lesspay-cli" "$@" --settings "$work/settings.ini" --journal "$work/journal.sqlite"
}
request=$(cli submit "$work/batch.csv" --currency PHP --profile "Acme PH (sandbox)" --poll-ms 100 --follow \
  2>/dev/null | sed -n 's/^request_id: //p' | head -1)
LANG=en_US.UTF-8 cli report "$request" --pdf "$work/report-en.pdf" --page-size a4
LANG=zh_CN.UTF-8 cli report "$request" --pdf "$work/report-zh_CN.pdf" --page-size a4
LANG=en_US.UTF-8 cli advice "$request" --dir "$work/advice" >/dev/null
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/report-en.pdf" "$here/report-page-en"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/report-zh_CN.pdf" "$here/report-page-zh_CN"
pdftoppm -png -r 60 -singlefile "$work/advice/PAY-2026-0001.pdf" "$here/payment-advice-en"
