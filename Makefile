# Folio — build, render and test. `make report` and `make test` work on a fresh Debian
# machine with the Swift toolchain: they install the system packages they need first.

SWIFT ?= swift
OUT ?= out
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev zlib1g-dev \
	libglib2.0-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libhyphen-dev hyphen-en-us \
	poppler-utils qpdf ghostscript
FOLIO = .build/release/folio

.PHONY: all deps build report demo test check clean fuzz

all: report

# Installs only what is missing (apt-get update once, then apt-get install -y).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release --product folio

# Renders the default edition into $(OUT)/: the print edition, the city briefs, the demo page.
report: build
	$(FOLIO) report --out $(OUT)
	$(FOLIO) briefs --out $(OUT)
	$(FOLIO) demo --out $(OUT)

demo: build
	$(FOLIO) demo --out $(OUT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Builds the libFuzzer targets in Fuzz/ (ASan) and runs each for FUZZ_SECONDS seconds, one at
# a time; crashes land in Fuzz/artifacts/. Not part of `make test`.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh

clean:
	rm -rf .build $(OUT)
