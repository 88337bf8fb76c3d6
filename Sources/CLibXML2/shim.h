#ifndef WPC_CLIBXML2_SHIM_H
#define WPC_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's headers pull in the system ICU, which clashes with the ICU inside
   Swift's Foundation. wpc never needs libxml2's ICU entry points. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

/* xmlFree is a global function pointer, which Swift 6 will not touch. */
static inline void wpc_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
