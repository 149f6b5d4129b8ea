# The two commands of the README, plus the build. `make` builds into build/;
# `make demo` and `make test` first install the missing Debian packages.
BUILD ?= build
JOBS ?= $(shell nproc)
PACKAGES = build-essential cmake pkg-config clang libclang-rt-14-dev \
           libxml2-dev libxml2-utils libicu-dev libcli11-dev nlohmann-json3-dev \
           libgtest-dev libgmock-dev libbenchmark-dev jing python3 time \
           liblua5.4-dev xsltproc libxslt1-dev chromium chromium-driver \
           fop fonts-dejavu-core poppler-utils

.PHONY: all build deps demo test sanitize bench clean

all: build

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

# Installs only what is missing, so it is quick on a machine that has everything.
deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	  | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

demo: deps build
	mkdir -p out
	$(BUILD)/cabletei encode examples/*.txt -o out --persons examples/persons.xml \
	  --terms examples/terms.xml --style examples/house-style.lua
	@echo "TEI written to out/:"; ls out
	mkdir -p out/html out/lists
	cp examples/persons.xml examples/terms.xml out/lists/  # stylesheets read only beside the input
	for f in out/*.xml; do $(BUILD)/cabletei render "$$f" --to html -o out/html \
	  --param persons=lists/persons.xml --param terms=lists/terms.xml || exit 1; done
	@echo "HTML pages written to out/html/:"; ls out/html
	$(BUILD)/cabletei render out/telegram-moscow-1957.xml --to pdf -o out/telegram-moscow-1957.pdf
	@echo "PDF (through FOP) written: out/telegram-moscow-1957.pdf"

test: deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) sanitize

# The same suite built with AddressSanitizer and UndefinedBehaviorSanitizer (the fuzz test
# already runs sanitized in its own clang tree, so it is not repeated here).
sanitize:
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DCABLETEI_SANITIZE=ON -DCABLETEI_BENCHMARKS=OFF
	cmake --build $(BUILD)-asan -j $(JOBS)
	cd $(BUILD)-asan && ctest --output-on-failure -j $(JOBS) -E fuzz_reader

bench: deps build
	$(BUILD)/tests/bench/cabletei_bench
	bash tests/bench/whole_process.sh $(BUILD)
	$(BUILD)/tests/bench/cabletei_render_bench
	bash tests/bench/render_volume.sh $(BUILD)
	bash tests/bench/pdf_volume.sh $(BUILD)

clean:
	rm -rf $(BUILD) out
