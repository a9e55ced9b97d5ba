// zlib, for reading slackdump's gzip chunk files (ZIPFoundation exposes raw deflate only).
#include <zlib.h>
