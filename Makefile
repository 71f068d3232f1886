# rjsim — build, run and test.
#   make run      install missing Debian packages, build, open the game on scenarios/
#   make test     install missing packages, build (normal and ASan+UBSan), run every test
#   make bench    print the benchmark figures
#   make fuzz     build the libFuzzer harnesses (clang) and run each for FUZZ_SECONDS (60)
# Variables: VARIANT=release|asan|fuzz (build flavour), CI=true adds -Werror.

VARIANT ?= release
B := build/$(VARIANT)
VERSION := 0.1.0

CC ?= cc
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
PKG_CONFIG ?= pkg-config
SCRIPT_PKGS := lua5.4
JOURNAL_PKGS := libcjson
UI_PKGS := sdl2 SDL2_ttf SDL2_image
TEST_PKGS := check

WARN := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wold-style-definition -Wwrite-strings -Wundef -Wformat=2 -Wcast-qual -Wswitch-default \
        -Wredundant-decls -Wnested-externs -Wvla -Werror=implicit-function-declaration
ifeq ($(CI),true)
WARN += -Werror
endif

ifeq ($(VARIANT),asan)
OPT := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDOPT := -fsanitize=address,undefined
else ifeq ($(VARIANT),fuzz)
# libFuzzer comes with clang. The engine gets coverage instrumentation; the harnesses in
# tests/fuzz link libFuzzer's main. ASan and UBSan turn what the fuzzer provokes into crashes.
# clang's -Wformat=2 also flags the va_list helpers (diag.c, convert_values.c) that gcc's accepts.
CC := $(FUZZ_CC)
OPT := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all \
       -Wno-format-nonliteral
LDOPT := -fsanitize=fuzzer,address,undefined
else
OPT := -O2 -g
LDOPT :=
endif

pc = $(shell $(PKG_CONFIG) $(1) $(2) 2>/dev/null)
# Third-party headers as system headers: our warnings are for our code.
pc_cflags = $(patsubst -I%,-isystem %,$(call pc,--cflags,$(1)))
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -DRJSIM_VERSION='"$(VERSION)"' -Iengine
CFLAGS += $(WARN) $(OPT) -MMD -MP

CORE_SRC := $(wildcard engine/core/*.c)
SCRIPT_SRC := $(wildcard engine/script/*.c)
JOURNAL_SRC := $(wildcard engine/journal/*.c)
UI_SRC := $(wildcard engine/ui/*.c)
CLI_SRC := $(wildcard engine/cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)
UI_TEST_SRC := $(wildcard tests/ui/*.c)

obj = $(patsubst %.c,$(B)/obj/%.o,$(1))
CORE_OBJ := $(call obj,$(CORE_SRC))
SCRIPT_OBJ := $(call obj,$(SCRIPT_SRC))
JOURNAL_OBJ := $(call obj,$(JOURNAL_SRC))
UI_OBJ := $(call obj,$(UI_SRC))
CLI_OBJ := $(call obj,$(CLI_SRC))
UNIT_OBJ := $(call obj,$(UNIT_SRC))
UI_TEST_OBJ := $(call obj,$(UI_TEST_SRC))
ENGINE_OBJ := $(SCRIPT_OBJ) $(JOURNAL_OBJ) $(CORE_OBJ)

# Each layer sees only its own third-party headers.
$(B)/obj/engine/script/%.o: CPPFLAGS += $(call pc_cflags,$(SCRIPT_PKGS))
$(B)/obj/engine/journal/%.o: CPPFLAGS += $(call pc_cflags,$(JOURNAL_PKGS))
$(B)/obj/engine/ui/%.o: CPPFLAGS += $(call pc_cflags,$(UI_PKGS))
$(B)/obj/tests/unit/%.o: CPPFLAGS += $(call pc_cflags,$(TEST_PKGS)) -Itests/unit
$(B)/obj/tests/ui/%.o: CPPFLAGS += $(call pc_cflags,$(TEST_PKGS) $(UI_PKGS)) -Iengine/ui

ENGINE_LIBS := $(call pc,--libs,$(SCRIPT_PKGS) $(JOURNAL_PKGS)) -lm
ifneq ($(UI_SRC),)
APP_LIBS := $(call pc,--libs,$(UI_PKGS)) $(ENGINE_LIBS)
CPPFLAGS_CLI := -DRJSIM_HAVE_UI=1
else
APP_LIBS := $(ENGINE_LIBS)
CPPFLAGS_CLI :=
endif
$(B)/obj/engine/cli/%.o: CPPFLAGS += $(CPPFLAGS_CLI)

.PHONY: all deps run test check-layers valgrind bench fuzz fuzzers clean help
all: $(B)/rjsim $(B)/unit-tests $(B)/ui-tests

help:
	@sed -n '2,6p' Makefile

deps:
	@scripts/install-deps.sh

$(B)/rjsim: $(CLI_OBJ) $(UI_OBJ) $(ENGINE_OBJ)
	$(CC) $(LDOPT) -o $@ $^ $(APP_LIBS)

$(B)/unit-tests: $(UNIT_OBJ) $(ENGINE_OBJ)
	$(CC) $(LDOPT) -o $@ $^ $(call pc,--libs,$(TEST_PKGS)) $(ENGINE_LIBS)

# The game's tests link the UI (headless, with SDL's dummy video driver).
$(B)/ui-tests: $(UI_TEST_OBJ) $(UI_OBJ) $(ENGINE_OBJ)
	$(CC) $(LDOPT) -o $@ $^ $(call pc,--libs,$(TEST_PKGS)) $(APP_LIBS)

# The fuzz harnesses (tests/fuzz), built with VARIANT=fuzz only; they find the rubric,
# test scenarios and fonts under the repository's absolute path.
FUZZ_TARGETS := fuzz_loader fuzz_shapes fuzz_journal fuzz_text
FUZZ_COMMON_OBJ := $(call obj,tests/fuzz/fuzz_util.c)
FUZZ_SCENARIO_OBJ := $(call obj,tests/fuzz/fuzz_scenario.c) $(FUZZ_COMMON_OBJ)
$(B)/obj/tests/fuzz/%.o: CPPFLAGS += -DRJSIM_FUZZ_ROOT='"$(CURDIR)"'
$(B)/obj/tests/fuzz/fuzz_text.o: CPPFLAGS += $(call pc_cflags,$(UI_PKGS)) -Iengine/ui

fuzzers: $(addprefix $(B)/,$(FUZZ_TARGETS))

$(B)/fuzz_loader $(B)/fuzz_shapes: $(B)/%: $(B)/obj/tests/fuzz/%.o $(FUZZ_SCENARIO_OBJ) $(ENGINE_OBJ)
	$(CC) $(LDOPT) -o $@ $^ $(ENGINE_LIBS)

$(B)/fuzz_journal: $(call obj,tests/fuzz/fuzz_journal.c) $(FUZZ_COMMON_OBJ) $(ENGINE_OBJ)
	$(CC) $(LDOPT) -o $@ $^ $(ENGINE_LIBS)

$(B)/fuzz_text: $(call obj,tests/fuzz/fuzz_text.c engine/ui/text.c engine/ui/fonts.c engine/ui/layout.c) $(FUZZ_COMMON_OBJ) $(CORE_OBJ)
	$(CC) $(LDOPT) -o $@ $^ $(call pc,--libs,$(UI_PKGS)) -lm

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

run: deps
	@$(MAKE) --no-print-directory all
	$(B)/rjsim $(RUN_ARGS)

# The whole suite, first on the normal build, then on the sanitizer build.
test: deps
	@$(MAKE) --no-print-directory VARIANT=release all
	@$(MAKE) --no-print-directory VARIANT=asan all
	@scripts/check-layers.sh
	@scripts/run-tests.sh build/release
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  scripts/run-tests.sh build/asan
	@$(MAKE) --no-print-directory VARIANT=fuzz fuzzers
	@scripts/fuzz-smoke.sh build/fuzz
	@scripts/valgrind.sh build/release
	@scripts/quickstart-test.sh

check-layers:
	@scripts/check-layers.sh

# Each fuzz harness for FUZZ_SECONDS on a copy of its corpus (scripts/fuzz.sh).
fuzz: deps
	@$(MAKE) --no-print-directory VARIANT=fuzz fuzzers
	@scripts/fuzz.sh build/fuzz $(FUZZ_SECONDS)

valgrind: all
	@scripts/valgrind.sh $(B)

bench: deps
	@$(MAKE) --no-print-directory VARIANT=release all
	@scripts/bench.sh build/release

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
