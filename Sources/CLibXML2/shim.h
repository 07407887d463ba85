#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation.
// Newsdesk never touches libxml2's encoding handlers (it hands libxml2 UTF-8 it decoded
// itself), so the ICU-only members they hide are never used.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
