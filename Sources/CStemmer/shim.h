#ifndef CHORUS_CSTEMMER_SHIM_H
#define CHORUS_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
