/* style_test.c: the house-style part of the C interface (since 1.1) from plain C99:
** cabletei_style_new's misuse and load errors, one style used for several documents through one
** context and shared by two contexts on two threads, a failing script, callers built against
** the 1.0 cabletei_document, and the script and script_line of a script's diagnostics. */
#define _POSIX_C_SOURCE 200809L

#include <cabletei.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

/* An invented cable, document 12: head with source note, dateline, a term, a person, a
** cross-reference in a note and a signature (the examples' lists know Bruce and Deptel). */
static const char CABLE[] =
    "12. Telegram From the Embassy in Germany to the Department of State1\n"
    "Bonn, March 3, 1958\xE2\x80\x94"
    "4 p.m.\n"
    "2210. Reference Deptel 1984. Foreign Office has no news on trade talks.2\n"
    "Bruce\n"
    "- Source: Department of State, Invented Files. Secret.\xE2\x86\xA9\n"
    "- See Document 9.\xE2\x86\xA9\n";

/* Another, document 13, whose paragraph says BOOM (the failing script's trigger). */
static const char BOOM[] =
    "13. Telegram From the Embassy in Germany to the Department of State1\n"
    "Bonn, March 4, 1958\xE2\x80\x94"
    "5 p.m.\n"
    "2211. BOOM. Foreign Office still has no news.\n"
    "- Source: Department of State, Invented Files. Secret.\xE2\x86\xA9\n";

/* What the callbacks saw: the strings are copied, they die with the callback. */
typedef struct seen {
  int count, errors, warnings;
  char code[64], file[256], message[256], script[256];
  unsigned line, column, script_line;
} seen;

static void keep(seen *s, const cabletei_diagnostic *d) {
  snprintf(s->code, sizeof s->code, "%s", d->code ? d->code : "(null)");
  snprintf(s->file, sizeof s->file, "%s", d->file ? d->file : "(null)");
  snprintf(s->message, sizeof s->message, "%s", d->message ? d->message : "(null)");
  snprintf(s->script, sizeof s->script, "%s", d->script ? d->script : "(null)");
  s->line = d->line;
  s->column = d->column;
  s->script_line = d->script_line;
}

/* Keeps the first error, else the first warning. */
static void on_diagnostic(void *user, const cabletei_diagnostic *d) {
  seen *s = (seen *)user;
  ++s->count;
  CHECK(d->struct_size == sizeof(cabletei_diagnostic), "diagnostic struct_size %u",
        (unsigned)d->struct_size);
  if (d->severity == CABLETEI_ERROR) {
    if (s->errors++ == 0) keep(s, d);
  } else if (d->severity == CABLETEI_WARNING) {
    if (s->warnings++ == 0 && s->errors == 0) keep(s, d);
  }
}

static char folder[] = "/tmp/cabletei_style_test_XXXXXX";

/* Writes `code` to `name` in the test's folder; returns the path (static storage per call). */
static const char *script(const char *name, const char *code) {
  static char paths[8][512];
  static int next = 0;
  char *path = paths[next++ % 8];
  FILE *f;
  snprintf(path, 512, "%s/%s", folder, name);
  f = fopen(path, "w");
  CHECK(f != NULL, "cannot write %s", path);
  if (f) {
    fputs(code, f);
    fclose(f);
  }
  return path;
}

static void remove_folder(void) {
  static const char *names[] = {"syntax.lua", "warn.lua", "boom.lua"};
  char path[512];
  size_t i;
  for (i = 0; i < sizeof names / sizeof names[0]; ++i) {
    snprintf(path, sizeof path, "%s/%s", folder, names[i]);
    remove(path);
  }
  rmdir(folder);
}

/* Options for a style of `count` scripts with the examples' lists; diagnostics to `s`. */
static cabletei_style_options style_options(const char *const *scripts, size_t count, seen *s) {
  static const char *folders[] = {CABLETEI_SOURCE_DIR "/lua"};
  cabletei_style_options o;
  memset(&o, 0, sizeof o);
  o.struct_size = sizeof o;
  o.scripts = scripts;
  o.script_count = count;
  o.folders = folders;
  o.folder_count = 1;
  o.persons = CABLETEI_SOURCE_DIR "/examples/persons.xml";
  o.terms = CABLETEI_SOURCE_DIR "/examples/terms.xml";
  o.on_diagnostic = on_diagnostic;
  o.user = s;
  return o;
}

static cabletei_context *new_context(seen *s) {
  cabletei_options options;
  cabletei_context *context = NULL;
  memset(&options, 0, sizeof options);
  options.struct_size = sizeof options;
  options.on_diagnostic = on_diagnostic;
  options.user = s;
  CHECK(cabletei_context_new(&options, &context) == CABLETEI_OK && context, "context_new failed");
  return context;
}

static int has(const cabletei_buffer *b, const char *needle) {
  return b->data && strstr(b->data, needle) != NULL;
}

static const char *const FRUS[] = {CABLETEI_SOURCE_DIR "/lua/frus.lua"};

static void test_misuse(void) {
  seen s;
  cabletei_style_options o;
  cabletei_style *style = (cabletei_style *)&s; /* must be reset to NULL */
  const char *params[] = {"frus.head-parties"};
  memset(&s, 0, sizeof s);
  o = style_options(FRUS, 1, &s);
  CHECK(cabletei_style_new(NULL, &style) == CABLETEI_E_MISUSE, "NULL options accepted");
  CHECK(style == NULL, "style not reset on misuse");
  CHECK(cabletei_style_new(&o, NULL) == CABLETEI_E_MISUSE, "NULL out accepted");
  o.struct_size = sizeof o + 8;
  style = (cabletei_style *)&s;
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_E_MISUSE, "unknown struct_size accepted");
  CHECK(style == NULL, "style not reset on unknown struct_size");
  o.struct_size = 0;
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_E_MISUSE, "struct_size 0 accepted");
  o.struct_size = sizeof o;
  o.script_count = 2;
  o.scripts = NULL;
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_E_MISUSE, "scripts NULL with a count accepted");
  o = style_options(FRUS, 1, &s);
  o.params = params;
  o.param_count = 1;
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_E_MISUSE, "a parameter without '=' accepted");
  CHECK(style == NULL, "style set despite a bad parameter");
  cabletei_style_free(NULL);
}

static void test_load_errors(void) {
  seen s;
  cabletei_style_options o;
  cabletei_style *style = NULL;
  const char *scripts[1];
  memset(&s, 0, sizeof s);
  scripts[0] = script("syntax.lua", "return {\n  p = function(el,\n}\n");
  o = style_options(scripts, 1, &s);
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_E_INPUT, "a syntax error loaded");
  CHECK(style == NULL, "style set despite a syntax error");
  CHECK(s.errors >= 1, "no error diagnostic for a syntax error");
  CHECK(strstr(s.file, "syntax.lua") != NULL, "diagnostic file \"%s\"", s.file);
  CHECK(s.line == 3, "diagnostic line %u, expected 3", s.line);
  CHECK(strcmp(s.code, "style-load") == 0, "diagnostic code \"%s\"", s.code);

  memset(&s, 0, sizeof s);
  o = style_options(FRUS, 1, &s);
  o.persons = CABLETEI_SOURCE_DIR "/examples/no-such-persons.xml";
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_E_INPUT, "a missing list loaded");
  CHECK(strstr(s.file, "no-such-persons.xml") != NULL, "missing list not named: \"%s\" %s", s.file,
        s.message);

  memset(&s, 0, sizeof s);
  o = style_options(FRUS, 1, &s);
  o.on_diagnostic = NULL; /* load errors are then dropped */
  o.terms = CABLETEI_SOURCE_DIR "/examples/persons.xml"; /* not a list of terms */
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_E_INPUT, "a list of the wrong kind loaded");
  cabletei_style_free(style);
}

/* One FRUS style, two documents through one context (the sandbox is kept between them). */
static void test_two_documents(void) {
  seen s;
  cabletei_style_options o;
  cabletei_style *style = NULL;
  cabletei_context *context;
  cabletei_document doc;
  cabletei_buffer out = {0};
  int round;
  memset(&s, 0, sizeof s);
  o = style_options(FRUS, 1, &s);
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_OK && style, "FRUS style did not load (%s)",
        s.message);
  if (!style) return;
  context = new_context(&s);
  memset(&doc, 0, sizeof doc);
  doc.struct_size = sizeof doc;
  doc.style = style;
  for (round = 0; round < 2; ++round) {
    doc.file = round == 0 ? "first.txt" : "second.txt";
    CHECK(cabletei_encode(context, &doc, CABLE, strlen(CABLE), &out) == CABLETEI_OK,
          "round %d failed: %s", round, cabletei_errmsg(context));
    CHECK(has(&out, "<gloss type=\"from\">Embassy in Germany</gloss>"), "round %d: no head gloss",
          round);
    CHECK(has(&out, "<gloss target=\"#t_Deptel1\">Deptel</gloss>"), "round %d: no term", round);
    CHECK(has(&out, "<ref target=\"#d9\">Document 9</ref>"), "round %d: no ref", round);
    CHECK(has(&out, "corresp=\"#p_BDKE1\""), "round %d: signature not looked up", round);
    CHECK(has(&out, "when=\"1958-03-03T16:00:00+01:00\""), "round %d: dateline date", round);
    cabletei_buffer_free(&out);
  }
  CHECK(s.errors == 0, "errors: %s", s.message);
  cabletei_context_free(context);
  cabletei_style_free(style);
}

/* A caller built against 1.0 passes the smaller cabletei_document: accepted, no style. */
static void test_document_of_version_10(void) {
  seen s;
  cabletei_style_options o;
  cabletei_style *style = NULL;
  cabletei_context *context;
  cabletei_document doc;
  cabletei_buffer out = {0};
  memset(&s, 0, sizeof s);
  o = style_options(FRUS, 1, &s);
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_OK, "FRUS style did not load");
  context = new_context(&s);
  memset(&doc, 0, sizeof doc);
  doc.struct_size = (uint32_t)offsetof(cabletei_document, style);
  doc.file = "old.txt";
  doc.style = style; /* beyond the 1.0 struct: must not be read */
  CHECK(cabletei_encode(context, &doc, CABLE, strlen(CABLE), &out) == CABLETEI_OK,
        "1.0 document size refused: %s", cabletei_errmsg(context));
  CHECK(has(&out, "xml:id=\"d12\""), "no document");
  CHECK(!has(&out, "<gloss"), "the style ran for a 1.0 document");
  cabletei_buffer_free(&out);

  doc.struct_size = (uint32_t)offsetof(cabletei_document, style) + 1;
  CHECK(cabletei_encode(context, &doc, CABLE, strlen(CABLE), &out) == CABLETEI_E_MISUSE,
        "an unknown cabletei_document size accepted");
  CHECK(out.data == NULL, "output despite misuse");
  cabletei_context_free(context);
  cabletei_style_free(style);
}

/* cx:warn reaches the context's callback with the script and its line. */
static void test_script_diagnostics(void) {
  seen s, load;
  cabletei_style_options o;
  cabletei_style *style = NULL;
  cabletei_context *context;
  cabletei_document doc;
  cabletei_buffer out = {0};
  const char *scripts[1];
  memset(&s, 0, sizeof s);
  memset(&load, 0, sizeof load);
  scripts[0] = script("warn.lua",
                      "return {\n"
                      "  closer = function(el, cx)\n"
                      "    cx:warn(el, 'signed by %s', 'Bruce')\n"
                      "  end,\n"
                      "}\n");
  o = style_options(scripts, 1, &load);
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_OK, "warn.lua did not load (%s)", load.message);
  context = new_context(&s);
  memset(&doc, 0, sizeof doc);
  doc.struct_size = sizeof doc;
  doc.file = "warned.txt";
  doc.style = style;
  CHECK(cabletei_encode(context, &doc, CABLE, strlen(CABLE), &out) == CABLETEI_OK,
        "encode failed: %s", cabletei_errmsg(context));
  CHECK(s.warnings == 1, "%d warnings", s.warnings);
  CHECK(strcmp(s.code, "style-warning") == 0, "code \"%s\"", s.code);
  CHECK(strcmp(s.message, "signed by Bruce") == 0, "message \"%s\"", s.message);
  CHECK(strcmp(s.file, "warned.txt") == 0, "file \"%s\"", s.file);
  CHECK(strstr(s.script, "warn.lua") != NULL, "script \"%s\"", s.script);
  CHECK(s.script_line == 3, "script_line %u, expected 3", s.script_line);
  CHECK(s.line == 4, "input line %u, expected 4 (the signature)", s.line);
  cabletei_buffer_free(&out);
  cabletei_context_free(context);
  cabletei_style_free(style);
}

/* A script that fails on one document: that call fails with an error diagnostic, the next
** document through the same context is styled again. */
static void test_failing_script(void) {
  seen s;
  cabletei_style_options o;
  cabletei_style *style = NULL;
  cabletei_context *context;
  cabletei_document doc;
  cabletei_buffer out = {(char *)"sentinel", 8};
  const char *scripts[2];
  memset(&s, 0, sizeof s);
  scripts[0] = FRUS[0];
  scripts[1] = script("boom.lua",
                      "return {\n"
                      "  p = function(el)\n"
                      "    if el.text:find('BOOM') then error('boom') end\n"
                      "  end,\n"
                      "}\n");
  o = style_options(scripts, 2, &s);
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_OK, "boom.lua did not load (%s)", s.message);
  context = new_context(&s);
  memset(&doc, 0, sizeof doc);
  doc.struct_size = sizeof doc;
  doc.file = "boom.txt";
  doc.style = style;
  CHECK(cabletei_encode(context, &doc, BOOM, strlen(BOOM), &out) == CABLETEI_E_INPUT,
        "a failing script did not fail the document");
  CHECK(out.data == NULL && out.size == 0, "output despite the failure");
  CHECK(s.errors == 1 && strstr(s.message, "boom") != NULL, "error \"%s\" (%d errors)", s.message,
        s.errors);
  CHECK(strstr(s.script, "boom.lua") != NULL && s.script_line == 3, "error at %s:%u", s.script,
        s.script_line);
  CHECK(strstr(cabletei_errmsg(context), "boom") != NULL, "errmsg \"%s\"",
        cabletei_errmsg(context));

  memset(&s, 0, sizeof s);
  doc.file = "fine.txt";
  CHECK(cabletei_encode(context, &doc, CABLE, strlen(CABLE), &out) == CABLETEI_OK,
        "the next document failed: %s", cabletei_errmsg(context));
  CHECK(has(&out, "<gloss type=\"from\">"), "the next document was not styled");
  CHECK(strcmp(cabletei_errmsg(context), "") == 0, "errmsg not cleared");
  cabletei_buffer_free(&out);
  cabletei_context_free(context);
  cabletei_style_free(style);
}

/* One style shared by two contexts on two threads. */
typedef struct worker {
  const cabletei_style *style;
  pthread_barrier_t *start;
  cabletei_buffer last;
  int failed;
} worker;

static void *work(void *arg) {
  worker *w = (worker *)arg;
  cabletei_context *context = NULL;
  cabletei_document doc;
  int i;
  memset(&doc, 0, sizeof doc);
  doc.struct_size = sizeof doc;
  doc.style = w->style;
  pthread_barrier_wait(w->start);
  if (cabletei_context_new(NULL, &context) != CABLETEI_OK) {
    w->failed = 1;
    return NULL;
  }
  for (i = 0; i < 20 && !w->failed; ++i) {
    cabletei_buffer_free(&w->last);
    w->failed = cabletei_encode(context, &doc, CABLE, strlen(CABLE), &w->last) != CABLETEI_OK;
  }
  cabletei_context_free(context);
  return NULL;
}

static void test_shared_style(void) {
  seen s;
  cabletei_style_options o;
  cabletei_style *style = NULL;
  pthread_t threads[2];
  pthread_barrier_t start;
  worker workers[2];
  int i;
  memset(&s, 0, sizeof s);
  o = style_options(FRUS, 1, &s);
  CHECK(cabletei_style_new(&o, &style) == CABLETEI_OK, "FRUS style did not load");
  memset(workers, 0, sizeof workers);
  pthread_barrier_init(&start, NULL, 2);
  for (i = 0; i < 2; ++i) {
    workers[i].start = &start;
    workers[i].style = style;
  }
  for (i = 0; i < 2; ++i)
    CHECK(pthread_create(&threads[i], NULL, work, &workers[i]) == 0, "pthread_create");
  for (i = 0; i < 2; ++i) pthread_join(threads[i], NULL);
  CHECK(!workers[0].failed && !workers[1].failed, "a styled encode failed on a thread");
  CHECK(workers[0].last.size == workers[1].last.size && workers[0].last.data &&
            workers[1].last.data &&
            memcmp(workers[0].last.data, workers[1].last.data, workers[0].last.size) == 0,
        "the two threads produced different output");
  CHECK(has(&workers[0].last, "<gloss type=\"from\">"), "the threads' output is not styled");
  for (i = 0; i < 2; ++i) cabletei_buffer_free(&workers[i].last);
  pthread_barrier_destroy(&start);
  cabletei_style_free(style);
}

/* A deadlock or an endless script must fail the test, not hang it. */
static void on_alarm(int sig) {
  static const char message[] = "FAIL: no answer after 60 s\n";
  (void)sig;
  if (write(2, message, sizeof message - 1) < 0) _exit(2);
  _exit(1);
}

int main(void) {
  signal(SIGALRM, on_alarm);
  alarm(60);
  if (!mkdtemp(folder)) {
    perror("mkdtemp");
    return 2;
  }
  test_misuse();
  test_load_errors();
  test_two_documents();
  test_document_of_version_10();
  test_script_diagnostics();
  test_failing_script();
  test_shared_style();
  remove_folder();
  if (failures) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("all style checks of the C interface passed\n");
  return 0;
}
