# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Thin wrapper: the README's two commands are `make run` and `make test`.
JOBS ?= 2
PRESET ?= dev

.PHONY: run test deps build format clean

deps:
	./packaging/install-deps.sh

build: deps
	cmake --preset $(PRESET) >/dev/null
	cmake --build --preset $(PRESET) -j $(JOBS)

run: build
	./packaging/run-console.sh build/$(PRESET)

test: build
	ctest --preset $(PRESET)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
