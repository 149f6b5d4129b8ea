/*
** cabletei.h: the C interface of the cabletei library.
** Turns raw diplomatic cables into FRUS-style TEI. C99, no C++ types, no exceptions.
*/
#ifndef CABLETEI_H
#define CABLETEI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define CABLETEI_API __declspec(dllexport)
#else
#define CABLETEI_API __attribute__((visibility("default")))
#endif

/* The ABI major version; it is also the SONAME major (libcabletei.so.1). */
#define CABLETEI_ABI_VERSION 1

/* Status codes returned by every function. Append-only. */
typedef enum cabletei_status {
  CABLETEI_OK = 0,        /* success; warnings may have been reported */
  CABLETEI_E_MISUSE = 1,  /* a NULL or inconsistent argument */
  CABLETEI_E_NOMEM = 2,   /* out of memory */
  CABLETEI_E_INPUT = 3,   /* the input is not a usable cable: see the diagnostics */
  CABLETEI_E_INTERNAL = 4 /* a bug in cabletei: see cabletei_errmsg() */
} cabletei_status;

typedef enum cabletei_severity {
  CABLETEI_NOTE = 0,
  CABLETEI_WARNING = 1,
  CABLETEI_ERROR = 2
} cabletei_severity;

/* One diagnostic. All strings are owned by the library and valid only during the callback. */
typedef struct cabletei_diagnostic {
  uint32_t struct_size; /* sizeof(cabletei_diagnostic) of the library that sent it */
  cabletei_severity severity;
  const char *code; /* stable identifier, e.g. "invalid-utf8", "marker-not-found" */
  const char *file; /* the name given to cabletei_encode, or "" */
  uint32_t line;    /* 1-based; 0 when about the whole input */
  uint32_t column;  /* 1-based byte column; 0 when unknown */
  const char *message;
  /* Since 1.1: for diagnostics raised by a house-style script, the script and its line; since
  ** 1.2, for rendering diagnostics, the stylesheet and its line. */
  const char *script;   /* "" when not from a script */
  uint32_t script_line; /* 0 when unknown */
} cabletei_diagnostic;

typedef void (*cabletei_diagnostic_fn)(void *user, const cabletei_diagnostic *diagnostic);

/* Options for a context. Zero-initialise, set struct_size = sizeof(cabletei_options). */
typedef struct cabletei_options {
  uint32_t struct_size;
  cabletei_diagnostic_fn on_diagnostic; /* may be NULL: diagnostics are dropped */
  void *user;                           /* passed back to on_diagnostic */
} cabletei_options;

/* A house style: Lua scripts compiled once, with the volume's authority lists. Immutable and
** safe to share between threads and contexts; see cabletei_style_new(). */
typedef struct cabletei_style cabletei_style;

/* Per-document settings. Zero-initialise, set struct_size = sizeof(cabletei_document). */
typedef struct cabletei_document {
  uint32_t struct_size;
  const char *file;   /* name used in diagnostics; may be NULL */
  const char *number; /* document number when the head has none (older volumes); may be NULL */
  /* Since 1.1: the house style applied after encoding; NULL for none. Not owned; it must
  ** outlive the call. */
  const cabletei_style *style;
} cabletei_document;

/* What a house style is made of. Zero-initialise, set struct_size. Strings are copied or read
** during cabletei_style_new() only. */
typedef struct cabletei_style_options {
  uint32_t struct_size;
  const char *const *scripts; /* Lua scripts, applied in order; each returns filters */
  size_t script_count;
  const char *const *folders; /* where require() looks after each script's own folder */
  size_t folder_count;
  const char *persons; /* the volume's list of persons (publisher TEI or TSV); may be NULL */
  const char *terms;   /* the volume's list of abbreviations; may be NULL */
  const char *const *params; /* "name=value", seen by scripts as cx.params.name */
  size_t param_count;
  cabletei_diagnostic_fn on_diagnostic; /* receives load errors; may be NULL */
  void *user;
} cabletei_style_options;

/* A buffer allocated by the library; release it with cabletei_buffer_free(). */
typedef struct cabletei_buffer {
  char *data; /* NUL-terminated for convenience; `size` excludes the NUL */
  size_t size;
} cabletei_buffer;

/* An encoding context: owns its error message and callback. One per thread; contexts are
** independent and may be used concurrently. */
typedef struct cabletei_context cabletei_context;

/* The ABI version of the loaded library, to compare with CABLETEI_ABI_VERSION. */
CABLETEI_API uint32_t cabletei_abi_version(void);

/* The library version as "major.minor.patch". Static storage. */
CABLETEI_API const char *cabletei_version(void);

/* Creates a context. `options` may be NULL for defaults. On success *out owns a context to
** release with cabletei_context_free(). Returns CABLETEI_OK, CABLETEI_E_MISUSE (out is NULL or
** struct_size is unknown) or CABLETEI_E_NOMEM. */
CABLETEI_API cabletei_status cabletei_context_new(const cabletei_options *options,
                                                  cabletei_context **out);

/* Releases a context. NULL is allowed. */
CABLETEI_API void cabletei_context_free(cabletei_context *context);

/* Encodes the cable text input[0, size) (UTF-8) into a TEI document. `document` may be NULL.
** On CABLETEI_OK, *out holds the TEI (UTF-8 XML) and must be released with
** cabletei_buffer_free(); on any other status *out is {NULL, 0}. Diagnostics go to the
** context's callback as they arise. With document->style, the style runs over the TEI in the
** context's sandbox for that style (kept across the context's documents: the scripts run once,
** each document gets a fresh budget); if a script fails or exceeds its limits (64 MiB, 200
** million instructions, 1 s per document), or reports cx:error(), the call returns
** CABLETEI_E_INPUT with the reason as an error diagnostic and the sandbox is discarded. */
CABLETEI_API cabletei_status cabletei_encode(cabletei_context *context,
                                             const cabletei_document *document, const char *input,
                                             size_t size, cabletei_buffer *out);

/* Compiles the scripts and loads the lists of `options`. On CABLETEI_OK *out owns a style to
** release with cabletei_style_free(). Returns CABLETEI_E_MISUSE (NULL arguments, unknown
** struct_size, a parameter without '='), CABLETEI_E_INPUT (a script or list cannot be read or
** parsed: each problem goes to options->on_diagnostic with file, line and column) or
** CABLETEI_E_NOMEM. */
CABLETEI_API cabletei_status cabletei_style_new(const cabletei_style_options *options,
                                                cabletei_style **out);

/* Releases a style. NULL is allowed. No document may be using it. */
CABLETEI_API void cabletei_style_free(cabletei_style *style);

/* The message of the last failure on this context, or "" after a success. Owned by the
** context; valid until the next call on it. */
CABLETEI_API const char *cabletei_errmsg(const cabletei_context *context);

/* Releases a buffer filled by the library and resets it to {NULL, 0}. NULL is allowed. */
CABLETEI_API void cabletei_buffer_free(cabletei_buffer *buffer);

/* ---- Rendering TEI (since 1.2) ------------------------------------------------------------ */

/* A renderer: compiled XSLT stylesheets for one output format. Immutable once made; one renderer
** may be shared by any number of threads rendering at the same time. Stylesheets are compiled
** once per process and file (a cache keyed by path and modification time). */
typedef struct cabletei_renderer cabletei_renderer;

/* What a renderer is made of. Zero-initialise, set struct_size = sizeof(cabletei_render_options).
** Strings are read during cabletei_renderer_new() only. */
typedef struct cabletei_render_options {
  uint32_t struct_size;
  /* The output format: "html" (NULL means "html"), "fo" (XSL-FO 1.1) or "pdf" (the XSL-FO
  ** typeset by Apache FOP). Any other name: CABLETEI_E_MISUSE, diagnostic "unknown-format". */
  const char *format;
  /* An XSLT 1.0 stylesheet used for every input. For html it must produce an HTML page for a
  ** document and a site (urn:cabletei:site) for a volume; for fo and pdf, XSL-FO for both.
  ** NULL: the installed stylesheets — html/html.xsl (documents) and html/site.xsl (volumes), or
  ** fo/fo.xsl — of the folder found as $CABLETEI_XSLT_DIR, else xslt/ or share/cabletei/xslt/
  ** beside the executable's folder, else the source tree's xslt/. */
  const char *stylesheet;
  cabletei_diagnostic_fn on_diagnostic; /* receives compile problems; may be NULL */
  void *user;
  /* For pdf: the FOP program (NULL: "fop", looked up in PATH) and its configuration file (NULL:
  ** the one the build wrote, which embeds the DejaVu fonts, when it exists). */
  const char *fop_command;
  const char *fop_config;
} cabletei_render_options;

/* One rendering. Zero-initialise, set struct_size = sizeof(cabletei_render_request). */
typedef struct cabletei_render_request {
  uint32_t struct_size;
  const char *input; /* the TEI file to render; its folder may be read by the stylesheet */
  /* A document's page goes to this file (to <folder>/<input stem>.html, .fo or .pdf if it
  ** names an existing folder), or into the `page` buffer of cabletei_render_file() when NULL.
  ** In html, a volume (a TEI whose body holds more than one div type="document") is a site
  ** written into this folder, created if missing; it must not be NULL then. In fo and pdf a
  ** volume is one document like any other. */
  const char *output;
  const char *const *params; /* "name=value": stylesheet parameters, passed as literal strings */
  size_t param_count;
  cabletei_diagnostic_fn on_diagnostic; /* may be NULL: diagnostics are dropped */
  void *user;
} cabletei_render_request;

/* Compiles the stylesheets of `options`. On CABLETEI_OK *out owns a renderer to release with
** cabletei_renderer_free(). Returns CABLETEI_E_MISUSE (NULL arguments, unknown struct_size, an
** unknown or not yet supported format), CABLETEI_E_INPUT (a stylesheet cannot be read or
** compiled: each problem goes to options->on_diagnostic, code "xslt-compile"), CABLETEI_E_NOMEM
** or CABLETEI_E_INTERNAL. */
CABLETEI_API cabletei_status cabletei_renderer_new(const cabletei_render_options *options,
                                                   cabletei_renderer **out);

/* Releases a renderer. NULL is allowed. No rendering may be using it. */
CABLETEI_API void cabletei_renderer_free(cabletei_renderer *renderer);

/* Renders request->input with the renderer's stylesheets. Safe to call from several threads
** with the same renderer. The input is parsed without network, DTD loading or entity expansion;
** a DOCTYPE is refused. The stylesheet may read files only under its own folder, the input's
** folder and the stylesheet folder of the installation; it may not write files, create folders
** or use the network; template recursion deeper than 1000 stops the transform. For pdf, FOP
** runs as a separate process (no shell); its error messages (SEVERE, [ERROR]) are errors
** ("fop-error"), its warnings warnings ("fop-warning"), a FOP that cannot be run an error
** ("fop-missing"); the parameter page.marker.placement is "margin" unless given (page markers
** in the outer margin: FOP runs twice, over its own layout the second time); with `output`
** NULL, *page holds the PDF's bytes. Every xsl:message
** is a warning diagnostic ("xslt-message", with the stylesheet as `script`/`script_line`); one
** with terminate="yes", and every libxslt or libxml2 error, is an error and fails the call.
** Outputs are written through temporary files and renames: on failure no output is created or
** changed (a site: no file of it). `page` may be NULL unless request->output is NULL; on
** CABLETEI_OK with output NULL, *page holds the HTML, released with cabletei_buffer_free(); in
** every other case it is {NULL, 0}. Returns CABLETEI_OK (warnings allowed), CABLETEI_E_MISUSE
** (NULL arguments, unknown struct_size, a parameter that is not "name=value" with an XML name, a
** volume without an output folder), CABLETEI_E_INPUT (the input or the transform failed, or an
** output cannot be written: see the diagnostics), CABLETEI_E_NOMEM or CABLETEI_E_INTERNAL (also
** reported as an error diagnostic, code "internal"). */
CABLETEI_API cabletei_status cabletei_render_file(const cabletei_renderer *renderer,
                                                  const cabletei_render_request *request,
                                                  cabletei_buffer *page);

#ifdef __cplusplus
}
#endif

#endif /* CABLETEI_H */
