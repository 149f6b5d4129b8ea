/* check.h: the CHECK macro of the plain-C tests of the C interface: a failed condition is
** printed with its place and counted in `failures`, and the test goes on. */
#ifndef CABLETEI_TEST_CHECK_H
#define CABLETEI_TEST_CHECK_H

#include <stdio.h>

static int failures = 0;

#define CHECK(cond, ...)                                               \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "FAIL %s:%d: (%s) ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                    \
      fputc('\n', stderr);                                             \
      ++failures;                                                      \
    }                                                                  \
  } while (0)

#endif
