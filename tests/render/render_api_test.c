/* render_api_test.c: the render part of the C interface (since 1.2) from plain C99: misuse,
** formats (docx unknown), compile errors, a page into a buffer and a file, literal parameters,
** messages with the stylesheet's line, a volume into a folder, refused reads and writes, and one
*renderer
** shared by four threads. usage: cabletei_render_api_test TEST_SOURCE_DIR SCRATCH_DIR */
#define _POSIX_C_SOURCE 200809L

#include <cabletei.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../api/check.h"

static char source[1024], scratch[1024];

/* What the callback saw: counts and the last diagnostic of interest (copied). */
typedef struct seen {
  int count, errors, warnings;
  char code[64], message[256], script[512];
  unsigned line, script_line;
} seen;

static void on_diagnostic(void *user, const cabletei_diagnostic *d) {
  seen *s = (seen *)user;
  ++s->count;
  CHECK(d->struct_size == sizeof(cabletei_diagnostic), "diagnostic struct_size");
  if (d->severity == CABLETEI_ERROR) ++s->errors;
  if (d->severity == CABLETEI_WARNING) ++s->warnings;
  if (d->severity == CABLETEI_ERROR && s->errors > 1) return; /* keep the first error */
  snprintf(s->code, sizeof s->code, "%s", d->code ? d->code : "(null)");
  snprintf(s->message, sizeof s->message, "%s", d->message ? d->message : "(null)");
  snprintf(s->script, sizeof s->script, "%s", d->script ? d->script : "(null)");
  s->line = d->line;
  s->script_line = d->script_line;
}

/* buffer (1024 bytes) = folder/name; the test's paths are short, a long one is a failure. */
static const char *path(char *buffer, const char *folder, const char *name) {
  size_t a = strlen(folder), b = strlen(name);
  CHECK(a + b + 2 <= 1024, "path too long: %s/%s", folder, name);
  if (a + b + 2 > 1024) a = b = 0;
  memcpy(buffer, folder, a);
  buffer[a] = '/';
  memcpy(buffer + a + 1, name, b);
  buffer[a + b + 1] = '\0';
  return buffer;
}

/* A renderer for the test stylesheet `name` (NULL: the installed default), or NULL. */
static cabletei_renderer *renderer_for(const char *name, seen *s, cabletei_status *status) {
  char sheet[1024];
  cabletei_render_options options;
  cabletei_renderer *renderer = NULL;
  memset(&options, 0, sizeof options);
  options.struct_size = sizeof options;
  options.format = "html";
  options.stylesheet = name ? path(sheet, source, name) : NULL;
  options.on_diagnostic = on_diagnostic;
  options.user = s;
  *status = cabletei_renderer_new(&options, &renderer);
  return renderer;
}

static cabletei_status render(const cabletei_renderer *renderer, const char *input,
                              const char *output, const char *param, seen *s,
                              cabletei_buffer *page) {
  cabletei_render_request request;
  memset(&request, 0, sizeof request);
  request.struct_size = sizeof request;
  request.input = input;
  request.output = output;
  request.params = &param;
  request.param_count = param ? 1 : 0;
  request.on_diagnostic = on_diagnostic;
  request.user = s;
  return cabletei_render_file(renderer, &request, page);
}

static int exists(const char *file) {
  struct stat st;
  return stat(file, &st) == 0;
}

static void test_misuse_and_formats(void) {
  cabletei_render_options options;
  cabletei_renderer *renderer = (cabletei_renderer *)&options;
  seen s = {0};
  cabletei_status status;
  cabletei_buffer page = {(char *)"sentinel", 8};
  CHECK(cabletei_renderer_new(NULL, &renderer) == CABLETEI_E_MISUSE, "NULL options accepted");
  CHECK(renderer == NULL, "renderer set despite misuse");
  memset(&options, 0, sizeof options);
  options.struct_size = sizeof options - 4;
  CHECK(cabletei_renderer_new(&options, &renderer) == CABLETEI_E_MISUSE, "bad size accepted");
  options.struct_size = sizeof options;
  options.on_diagnostic = on_diagnostic;
  options.user = &s;
  options.format = "docx";
  CHECK(cabletei_renderer_new(&options, &renderer) == CABLETEI_E_MISUSE, "docx accepted");
  CHECK(strcmp(s.code, "unknown-format") == 0 && strstr(s.message, "unknown output format"),
        "docx: %s %s", s.code, s.message);
  CHECK(cabletei_render_file(NULL, NULL, &page) == CABLETEI_E_MISUSE, "NULL renderer accepted");
  CHECK(page.data == NULL && page.size == 0, "page not reset on misuse");
  cabletei_renderer_free(NULL);
  memset(&s, 0, sizeof s);
  renderer = renderer_for("xsl/broken.xsl", &s, &status);
  CHECK(status == CABLETEI_E_INPUT && !renderer, "broken stylesheet: status %d", (int)status);
  CHECK(strcmp(s.code, "xslt-compile") == 0 && s.script_line == 4, "broken: %s line %u", s.code,
        s.script_line);
  renderer = renderer_for("xsl/nosuch.xsl", &s, &status);
  CHECK(status == CABLETEI_E_INPUT && !renderer, "missing stylesheet: status %d", (int)status);
}

static void test_page(void) {
  char input[1024], output[1024];
  seen s = {0};
  cabletei_status status;
  cabletei_buffer page = {NULL, 0};
  cabletei_renderer *renderer = renderer_for("xsl/page.xsl", &s, &status);
  CHECK(status == CABLETEI_OK && renderer, "page.xsl: status %d", (int)status);
  if (!renderer) return;
  status = render(renderer, path(input, source, "data/doc.xml"), NULL, "title=') or 1=1 or ('\"",
                  &s, &page);
  CHECK(status == CABLETEI_OK, "render to buffer: status %d", (int)status);
  CHECK(page.data && strstr(page.data, "<!DOCTYPE html>"), "no doctype");
  CHECK(page.data && strstr(page.data, "<title>') or 1=1 or ('\"</title>"), "param not literal");
  CHECK(s.warnings == 1 && strcmp(s.code, "xslt-message") == 0, "message: %d %s", s.warnings,
        s.code);
  CHECK(strstr(s.message, "cabletei: unmatched element foo") != NULL, "message text %s", s.message);
  CHECK(strstr(s.script, "page.xsl") && s.script_line == 19 && s.line == 9,
        "message at %s:%u, input line %u", s.script, s.script_line, s.line);
  cabletei_buffer_free(&page);
  CHECK(render(renderer, input, NULL, "1bad=x", &s, &page) == CABLETEI_E_MISUSE, "bad param name");
  CHECK(render(renderer, input, NULL, "noequals", &s, &page) == CABLETEI_E_MISUSE, "no '='");
  status = render(renderer, input, path(output, scratch, "doc.html"), NULL, &s, NULL);
  CHECK(status == CABLETEI_OK && exists(output), "page to file: status %d", (int)status);
  status = render(renderer, input, scratch, NULL, &s, NULL);
  CHECK(status == CABLETEI_OK && exists(path(output, scratch, "doc.html")), "page into folder");
  memset(&s, 0, sizeof s);
  status = render(renderer, path(input, source, "data/vol.xml"), NULL, NULL, &s, &page);
  CHECK(status == CABLETEI_E_MISUSE && !page.data, "volume without folder: status %d", (int)status);
  CHECK(strcmp(s.code, "volume-needs-folder") == 0, "volume without folder: %s", s.code);
  cabletei_renderer_free(renderer);
}

static void test_refusals(void) {
  char input[1024], output[1024];
  seen s = {0};
  cabletei_status status;
  cabletei_buffer page = {NULL, 0};
  cabletei_renderer *reader = renderer_for("xsl/read-file.xsl", &s, &status);
  cabletei_renderer *writer = renderer_for("xsl/write-file.xsl", &s, &status);
  CHECK(reader && writer, "read-file.xsl or write-file.xsl did not compile");
  if (!reader || !writer) return;
  path(input, source, "data/doc.xml");
  status = render(reader, input, NULL, "file=/etc/passwd", &s, &page);
  CHECK(status == CABLETEI_E_INPUT && !page.data, "document('/etc/passwd'): status %d",
        (int)status);
  CHECK(strstr(s.message, "refused") != NULL, "read refusal: %s", s.message);
  memset(&s, 0, sizeof s);
  status = render(reader, input, NULL, "file=../data/xxe.xml", &s, &page);
  CHECK(status == CABLETEI_OK && page.data && strstr(page.data, "[[]]") &&
            !strstr(page.data, "root:"),
        "document(xxe.xml): status %d, %s", (int)status, page.data ? page.data : "(null)");
  cabletei_buffer_free(&page);
  memset(&s, 0, sizeof s);
  status = render(reader, path(input, source, "data/xxe.xml"), NULL, NULL, &s, &page);
  CHECK(status == CABLETEI_E_INPUT && strcmp(s.code, "doctype-rejected") == 0, "DOCTYPE: %s",
        s.code);
  path(input, source, "data/doc.xml");
  path(output, "file=", "");
  path(output + 5, scratch, "written.txt");
  status = render(writer, input, NULL, output, &s, &page);
  CHECK(status == CABLETEI_E_INPUT && !exists(path(output, scratch, "written.txt")),
        "exsl:document write: status %d", (int)status);
  cabletei_renderer_free(reader);
  cabletei_renderer_free(writer);
}

static void test_site(void) {
  char input[1024], output[1024], file[1024];
  seen s = {0};
  cabletei_status status;
  cabletei_renderer *renderer = renderer_for("xsl/site.xsl", &s, &status);
  CHECK(renderer, "site.xsl did not compile");
  if (!renderer) return;
  path(input, source, "data/vol.xml");
  status = render(renderer, input, path(output, scratch, "site"), NULL, &s, NULL);
  CHECK(status == CABLETEI_OK, "site: status %d (%s)", (int)status, s.message);
  CHECK(exists(path(file, output, "index.html")) && exists(path(file, output, "d2.html")) &&
            exists(path(file, output, "site.css")),
        "site files missing");
  status = render(renderer, input, path(output, scratch, "badsite"), "bad=../escape", &s, NULL);
  CHECK(status == CABLETEI_E_INPUT && !exists(output), "bad href: status %d", (int)status);
  CHECK(strcmp(s.code, "bad-site") == 0, "bad href: %s", s.code);
  cabletei_renderer_free(renderer);
}

/* Four threads share one page renderer and one site renderer: each renders pages with its own
** parameter and the volume into its own folder, again and again. */
typedef struct job {
  const cabletei_renderer *page, *site;
  int id, ok;
} job;

static int render_site_once(const job *j, seen *s) {
  char input[1024], name[32], folder[1024], file[1024];
  snprintf(name, sizeof name, "thread-%d", j->id);
  path(folder, scratch, name);
  return render(j->site, path(input, source, "data/vol.xml"), folder, NULL, s, NULL) ==
             CABLETEI_OK &&
         exists(path(file, folder, "d2.html"));
}

static void *render_many(void *arg) {
  job *j = (job *)arg;
  char input[1024], param[64], expect[64];
  seen s = {0};
  int k;
  path(input, source, "data/doc.xml");
  snprintf(param, sizeof param, "title=thread %d", j->id);
  snprintf(expect, sizeof expect, "<title>thread %d</title>", j->id);
  for (k = 0, j->ok = 1; k < 20; ++k) {
    cabletei_buffer page = {NULL, 0};
    if (render(j->page, input, NULL, param, &s, &page) != CABLETEI_OK ||
        !strstr(page.data, expect) || !render_site_once(j, &s))
      j->ok = 0;
    cabletei_buffer_free(&page);
  }
  return NULL;
}

static void test_threads(void) {
  seen s = {0};
  cabletei_status status;
  pthread_t threads[4];
  job jobs[4];
  int k;
  cabletei_renderer *page = renderer_for("xsl/page.xsl", &s, &status);
  cabletei_renderer *site = renderer_for("xsl/site.xsl", &s, &status);
  CHECK(page && site, "page.xsl or site.xsl did not compile");
  for (k = 0; page && site && k < 4; ++k) {
    jobs[k].page = page;
    jobs[k].site = site;
    jobs[k].id = k;
    pthread_create(&threads[k], NULL, render_many, &jobs[k]);
  }
  for (k = 0; page && site && k < 4; ++k) {
    pthread_join(threads[k], NULL);
    CHECK(jobs[k].ok, "thread %d rendered wrongly", k);
  }
  cabletei_renderer_free(page);
  cabletei_renderer_free(site);
}

/* With stylesheet NULL, the installed html/html.xsl and html/site.xsl of $CABLETEI_XSLT_DIR. */
static void test_default_folder(void) {
  char input[1024], output[1024];
  seen s = {0};
  cabletei_status status;
  cabletei_buffer page = {NULL, 0};
  cabletei_renderer *renderer;
  setenv("CABLETEI_XSLT_DIR", path(output, scratch, "xslt"), 1);
  renderer = renderer_for(NULL, &s, &status);
  CHECK(status == CABLETEI_OK && renderer, "default stylesheets: status %d (%s)", (int)status,
        s.message);
  if (!renderer) return;
  status = render(renderer, path(input, source, "data/doc.xml"), NULL, NULL, &s, &page);
  CHECK(status == CABLETEI_OK && page.data && strstr(page.data, "<h2>"), "default page");
  cabletei_buffer_free(&page);
  status = render(renderer, path(input, source, "data/vol.xml"), path(output, scratch, "dsite"),
                  NULL, &s, NULL);
  CHECK(status == CABLETEI_OK && exists(path(input, output, "d1.html")), "default site");
  cabletei_renderer_free(renderer);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s TEST_SOURCE_DIR SCRATCH_DIR\n", argv[0]);
    return 2;
  }
  snprintf(source, sizeof source, "%s", argv[1]);
  snprintf(scratch, sizeof scratch, "%s", argv[2]);
  test_misuse_and_formats();
  test_page();
  test_refusals();
  test_site();
  test_threads();
  test_default_folder();
  if (failures)
    fprintf(stderr, "%d check(s) failed\n", failures);
  else
    printf("ok: render C interface\n");
  return failures ? 1 : 0;
}
