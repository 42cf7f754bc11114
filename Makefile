# Folio — build, render and test. `make report` and `make test` work on a fresh Debian
# machine with the Swift toolchain: they install the system packages they need first.

SWIFT ?= swift
OUT ?= out
APT_PACKAGES = pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev zlib1g-dev \
	libglib2.0-dev libjpeg62-turbo-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libhyphen-dev hyphen-en-us \
	poppler-utils qpdf ghostscript icc-profiles-free python3-venv
FOLIO = .build/release/folio
# page-validation (PyPI): the PDF/UA-1 and PDF/A-2a checker the tests run on every kind of PDF.
PDF_VALIDATOR = page-validation==0.11.0
PDF_VALIDATOR_VENV = .build/pdfvalidate-venv

.PHONY: all deps build report demo test check clean fuzz install install-files random-editions

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

test: deps $(PDF_VALIDATOR_VENV)/installed
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Installed once into a virtualenv under .build/ (the stamp names the pinned version).
$(PDF_VALIDATOR_VENV)/installed: Makefile | deps
	@if ! grep -qx '$(PDF_VALIDATOR)' $@ 2>/dev/null; then \
	  echo "installing $(PDF_VALIDATOR) into $(PDF_VALIDATOR_VENV)"; \
	  python3 -m venv $(PDF_VALIDATOR_VENV) && $(PDF_VALIDATOR_VENV)/bin/pip install -q '$(PDF_VALIDATOR)' \
	    && echo '$(PDF_VALIDATOR)' > $@; \
	fi

# Builds many random editions (seeded; see Tests/FolioBuildTests/RandomEdition.swift) strictly,
# beyond the three seeds of `make test`: `make random-editions SEEDS=1-200`. A failing seed is
# printed with the folder of its edition, to be replayed or kept as a fixture.
SEEDS ?= 1-50
random-editions: deps
	$(SWIFT) build --build-tests
	FOLIO_RANDOM_SEEDS=$(SEEDS) $(SWIFT) test --skip-build --filter AnyEditionTests/testRandomEditionsBuildStrict

# Builds the libFuzzer targets in Fuzz/ (ASan) and runs each for FUZZ_SECONDS seconds, one at
# a time; crashes land in Fuzz/artifacts/. Not part of `make test`.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh

clean:
	rm -rf .build $(OUT)
