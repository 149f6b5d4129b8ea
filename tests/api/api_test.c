/* api_test.c: exercises the C interface of libcabletei end to end from plain C99: versions,
** misuse, encoding, diagnostics, errors, the fallback number and two contexts on two threads. */
#define _POSIX_C_SOURCE 200809L

#include <cabletei.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

/* A small cable, document 12: head note 1 (source), note 2 in the text, a page break. */
static const char GOOD[] =
    "12. Telegram From the Legation in Ruritania to the Department of State1\n"
    "Strelsau, March 3, 1950\xE2\x80\x94"
    "4 p.m.\n"
    "210. Foreign Minister called today re trade talks.2 No early progress expected.\n"
    "[Page 7]Will report further soonest.\n"
    "- Source: Department of State, Central Files, 611.00/3\xE2\x80\x93"
    "350. Secret.\xE2\x86\xA9\n"
    "- Not printed.\xE2\x86\xA9\n";

/* Line 2 has a stray 0xFF byte at column 5. */
static const char BAD[] =
    "12. Telegram From the Legation in Ruritania to the Department of State\n"
    "Talk\xFFs went well.\n";

/* No number in the head: the caller supplies it. */
static const char UNNUMBERED[] =
    "Telegram From the Legation in Ruritania to the Department of State1\n"
    "Talks went well.\n"
    "- Source: Department of State, Central Files. Secret.\xE2\x86\xA9\n";

/* What the diagnostics callback saw: the strings are copied, they die with the callback. */
typedef struct seen {
  int count, errors;
  char code[64], file[64];
  unsigned line, column;
} seen;

static void on_diagnostic(void *user, const cabletei_diagnostic *d) {
  seen *s = (seen *)user;
  ++s->count;
  if (d->severity != CABLETEI_ERROR || s->errors++ > 0) return; /* keep the first error */
  snprintf(s->code, sizeof s->code, "%s", d->code ? d->code : "(null)");
  snprintf(s->file, sizeof s->file, "%s", d->file ? d->file : "(null)");
  s->line = d->line;
  s->column = d->column;
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

static void contains(const cabletei_buffer *b, const char *needle) {
  CHECK(b->data && strstr(b->data, needle), "output lacks %s", needle);
}

static void test_versions_and_misuse(void) {
  cabletei_options options;
  cabletei_context *context = NULL;
  cabletei_buffer out = {(char *)"sentinel", 8};
  CHECK(cabletei_abi_version() == CABLETEI_ABI_VERSION, "abi %u, header %d",
        (unsigned)cabletei_abi_version(), CABLETEI_ABI_VERSION);
  CHECK(cabletei_version() && cabletei_version()[0], "empty version string");
  CHECK(cabletei_context_new(NULL, NULL) == CABLETEI_E_MISUSE, "NULL out accepted");
  memset(&options, 0, sizeof options);
  options.struct_size = sizeof options + 4;
  CHECK(cabletei_context_new(&options, &context) == CABLETEI_E_MISUSE,
        "wrong struct_size accepted");
  CHECK(context == NULL, "context set despite misuse");
  CHECK(cabletei_encode(NULL, NULL, GOOD, strlen(GOOD), &out) == CABLETEI_E_MISUSE,
        "NULL context accepted");
  CHECK(out.data == NULL && out.size == 0, "out not reset to {NULL, 0} on misuse");
  cabletei_buffer_free(NULL);
  cabletei_context_free(NULL);
}

static void test_encode_good(void) {
  seen s = {0};
  cabletei_context *context = new_context(&s);
  cabletei_document doc;
  cabletei_buffer out = {0};
  memset(&doc, 0, sizeof doc);
  doc.struct_size = sizeof doc;
  doc.file = "good.txt";
  doc.number = "99"; /* ignored: the head has its own number */
  CHECK(cabletei_encode(context, &doc, GOOD, strlen(GOOD), &out) == CABLETEI_OK,
        "encode failed: %s", cabletei_errmsg(context));
  CHECK(out.data && strncmp(out.data, "<?xml", 5) == 0, "output does not start with <?xml");
  CHECK(out.data && out.size == strlen(out.data), "size %zu != strlen", out.size);
  contains(&out, "<div type=\"document\"");
  contains(&out, "xml:id=\"d12\"");
  contains(&out, "xml:id=\"d12fn1\"");
  contains(&out, "xml:id=\"d12fn2\"");
  contains(&out, "<pb n=\"7\"");
  CHECK(s.errors == 0, "errors reported for a valid cable (first: %s)", s.code);
  CHECK(strcmp(cabletei_errmsg(context), "") == 0, "errmsg not empty after success");
  cabletei_buffer_free(&out);
  CHECK(out.data == NULL && out.size == 0, "buffer_free did not reset the buffer");
  cabletei_context_free(context);
}

static void test_encode_errors(void) {
  seen s = {0};
  cabletei_context *context = new_context(&s);
  cabletei_document doc;
  cabletei_buffer out = {(char *)"sentinel", 8};
  memset(&doc, 0, sizeof doc);
  doc.struct_size = sizeof doc;
  doc.file = "bad.txt";
  CHECK(cabletei_encode(context, &doc, BAD, strlen(BAD), &out) == CABLETEI_E_INPUT,
        "bad UTF-8 not rejected");
  CHECK(out.data == NULL && out.size == 0, "out not reset to {NULL, 0} on error");
  CHECK(s.errors == 1 && strcmp(s.code, "invalid-utf8") == 0, "code \"%s\", %d errors", s.code,
        s.errors);
  CHECK(s.line == 2 && s.column == 5, "at %u:%u, expected 2:5", s.line, s.column);
  CHECK(strcmp(s.file, "bad.txt") == 0, "file \"%s\"", s.file);
  CHECK(cabletei_errmsg(context)[0] != '\0', "errmsg empty after an input error");

  memset(&s, 0, sizeof s);
  CHECK(cabletei_encode(context, NULL, "", 0, &out) == CABLETEI_E_INPUT, "empty input accepted");
  CHECK(strcmp(s.code, "empty-input") == 0, "empty input code \"%s\"", s.code);
  CHECK(out.data == NULL && out.size == 0, "out not reset on empty input");
  cabletei_context_free(context);
}

static void test_fallback_number(void) {
  cabletei_context *context = NULL;
  cabletei_document doc;
  cabletei_buffer out = {0};
  memset(&doc, 0, sizeof doc);
  doc.struct_size = sizeof doc;
  doc.number = "235";
  CHECK(cabletei_context_new(NULL, &context) == CABLETEI_OK, "context_new(NULL options) failed");
  CHECK(cabletei_encode(context, &doc, UNNUMBERED, strlen(UNNUMBERED), &out) == CABLETEI_OK,
        "encode failed: %s", cabletei_errmsg(context));
  contains(&out, "xml:id=\"d235\"");
  contains(&out, "xml:id=\"d235fn1\"");
  cabletei_buffer_free(&out);
  cabletei_context_free(context);
}

/* Each thread encodes GOOD repeatedly on its own context and keeps its last output. The
** barrier makes the first encodes (the library's first use in this process) coincide. */
typedef struct worker {
  pthread_barrier_t *start;
  cabletei_buffer last;
  int failed;
} worker;

static void *work(void *arg) {
  worker *w = (worker *)arg;
  cabletei_context *context = NULL;
  int i;
  pthread_barrier_wait(w->start);
  if (cabletei_context_new(NULL, &context) != CABLETEI_OK) {
    w->failed = 1;
    return NULL;
  }
  for (i = 0; i < 200 && !w->failed; ++i) {
    cabletei_buffer_free(&w->last);
    w->failed = cabletei_encode(context, NULL, GOOD, strlen(GOOD), &w->last) != CABLETEI_OK;
  }
  cabletei_context_free(context);
  return NULL;
}

static void test_threads(void) {
  pthread_t threads[2];
  pthread_barrier_t start;
  worker workers[2];
  int i;
  memset(workers, 0, sizeof workers);
  pthread_barrier_init(&start, NULL, 2);
  workers[0].start = workers[1].start = &start;
  for (i = 0; i < 2; ++i)
    CHECK(pthread_create(&threads[i], NULL, work, &workers[i]) == 0, "pthread_create");
  for (i = 0; i < 2; ++i) pthread_join(threads[i], NULL);
  CHECK(!workers[0].failed && !workers[1].failed, "an encode failed on a thread");
  CHECK(workers[0].last.size == workers[1].last.size && workers[0].last.data &&
            workers[1].last.data &&
            memcmp(workers[0].last.data, workers[1].last.data, workers[0].last.size) == 0,
        "the two threads produced different output");
  for (i = 0; i < 2; ++i) cabletei_buffer_free(&workers[i].last);
  pthread_barrier_destroy(&start);
}

/* A deadlock inside the library must fail the test, not hang it. */
static void on_alarm(int sig) {
  static const char message[] = "FAIL: no answer after 30 s: the library deadlocked\n";
  (void)sig;
  if (write(2, message, sizeof message - 1) < 0) _exit(2);
  _exit(1);
}

int main(void) {
  signal(SIGALRM, on_alarm);
  alarm(30);
  test_threads(); /* first, while the library is still untouched in this process */
  test_versions_and_misuse();
  test_encode_good();
  test_encode_errors();
  test_fallback_number();
  if (failures) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("all C interface checks passed\n");
  return 0;
}
