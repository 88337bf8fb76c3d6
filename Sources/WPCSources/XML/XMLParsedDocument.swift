import CLibXML2

/// A libxml2 document tree, freed when this owner goes away. Nodes reached
/// from `root` are valid only while the owner is alive; nothing from here
/// leaves the XML layer.
final class XMLParsedDocument {
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// The root element, if the document has one.
    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}

/// A libxml2 parser context set up for untrusted input, freed in `deinit`.
///
/// Safety: the options never include `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`
/// or `XML_PARSE_HUGE`, and include `XML_PARSE_NONET`. On top of that, the SAX
/// hook for the internal subset stops the parser at the first `<!DOCTYPE`, so
/// entity declarations (external files, billion laughs) are never even read:
/// wpc's vocabulary has no DTD.
final class XMLSafeParser {
    private let context: xmlParserCtxtPtr
    let collector = XMLIssueCollector()

    /// Parser options: no network, big line numbers, nothing else.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    init?() {
        // Idempotent; libxml2 wants it called before its first use.
        xmlInitParser()
        guard let context = xmlNewParserCtxt() else { return nil }
        self.context = context
    }

    deinit { xmlFreeParserCtxt(context) }

    /// Parses `bytes` (UTF-8) into a tree; returns nil when the document is
    /// not well-formed or declares a DOCTYPE; `collector` then says why.
    func parse(_ bytes: [UInt8]) -> XMLParsedDocument? {
        context.pointee._private = collector.opaque
        if let sax = context.pointee.sax {
            // The user pointer of parser callbacks is the parser context itself;
            // the collector hangs off its `_private` field.
            sax.pointee.serror = { user, error in
                guard let error, let user else { return }
                let context = user.assumingMemoryBound(to: xmlParserCtxt.self)
                XMLIssueCollector.from(context.pointee._private)?.append(XMLIssue(error.pointee))
            }
            sax.pointee.internalSubset = { user, _, _, _ in
                guard let user else { return }
                let context = user.assumingMemoryBound(to: xmlParserCtxt.self)
                let line = context.pointee.input.map { Int($0.pointee.line) } ?? 0
                XMLIssueCollector.from(context.pointee._private)?.doctypeLine = max(1, line)
                xmlStopParser(context)
            }
        }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, "UTF-8", XMLSafeParser.options)
                }
            }
        }
        guard let document else { return nil }
        let parsed = XMLParsedDocument(document)
        // A stopped parser may still hand back the part it read.
        if collector.doctypeLine != nil || document.pointee.intSubset != nil || collector.firstError != nil {
            if collector.doctypeLine == nil, document.pointee.intSubset != nil { collector.doctypeLine = 1 }
            return nil
        }
        return parsed
    }
}
