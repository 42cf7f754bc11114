# Folio — build, render and test. `make report` and `make test` work on a fresh Debian
# machine with the Swift toolchain: they install the system packages they need first.

SWIFT ?= swift
OUT ?= out
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev zlib1g-dev \
	libglib2.0-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libhyphen-dev hyphen-en-us \
	poppler-utils qpdf ghostscript
FOLIO = .build/release/folio

.PHONY: all deps build report demo test check clean fuzz install install-files

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

# Installs PREFIX/bin/folio and its resources in PREFIX/share/folio/ (fonts, layouts, the
# default and starter editions); the binary finds them from its own path, so it runs from
# any folder. `make install PREFIX=~/.local` needs no root. `install-files` copies an
# already built $(FOLIO) (the tests install a debug build this way).
PREFIX ?= /usr/local
install: build
	$(MAKE) install-files PREFIX="$(PREFIX)" FOLIO="$(FOLIO)"

install-files:
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/folio/Assets"
	install -m 755 "$(FOLIO)" "$(PREFIX)/bin/folio"
	rm -rf "$(PREFIX)/share/folio/Fonts" "$(PREFIX)/share/folio/Layouts" "$(PREFIX)/share/folio/Assets/editions"
	cp -R Fonts Layouts "$(PREFIX)/share/folio/"
	cp -R Assets/editions "$(PREFIX)/share/folio/Assets/"

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
