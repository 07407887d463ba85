// SHA-256's low-level functions, deprecated in OpenSSL 3 but kept: the EVP interface loads
// the provider machinery on first use, which cost more than hashing a document.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
