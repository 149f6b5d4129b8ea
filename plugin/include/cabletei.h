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
} cabletei_diagnostic;

typedef void (*cabletei_diagnostic_fn)(void *user, const cabletei_diagnostic *diagnostic);

/* Options for a context. Zero-initialise, set struct_size = sizeof(cabletei_options). */
typedef struct cabletei_options {
  uint32_t struct_size;
  cabletei_diagnostic_fn on_diagnostic; /* may be NULL: diagnostics are dropped */
  void *user;                           /* passed back to on_diagnostic */
} cabletei_options;

/* Per-document settings. Zero-initialise, set struct_size = sizeof(cabletei_document). */
typedef struct cabletei_document {
  uint32_t struct_size;
  const char *file;   /* name used in diagnostics; may be NULL */
  const char *number; /* document number when the head has none (older volumes); may be NULL */
} cabletei_document;

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
** context's callback as they arise. */
CABLETEI_API cabletei_status cabletei_encode(cabletei_context *context,
                                             const cabletei_document *document, const char *input,
                                             size_t size, cabletei_buffer *out);

/* The message of the last failure on this context, or "" after a success. Owned by the
** context; valid until the next call on it. */
CABLETEI_API const char *cabletei_errmsg(const cabletei_context *context);

/* Releases a buffer filled by the library and resets it to {NULL, 0}. NULL is allowed. */
CABLETEI_API void cabletei_buffer_free(cabletei_buffer *buffer);

#ifdef __cplusplus
}
#endif

#endif /* CABLETEI_H */
