import CLibXML2
import WPCModel

/// What a streaming parse reports to its consumer, in document order.
protocol XMLEventSink: AnyObject {
    /// An element starts; `attributes` holds libxml2's five pointers per attribute.
    func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int)
    /// Character data of the current element (text, CDATA, resolved references).
    func characters(_ bytes: UnsafePointer<UInt8>, count: Int)
    /// The current element ends.
    func end()
}

/// One pass of libxml2's SAX2 parser over a document held in memory, with the
/// compiled schema's validator plugged into the event flow: the document is
/// checked for well-formedness and validity and turned into events in a
/// single read, with no tree built.
///
/// Safety: the parser context has the library's defaults (no DTD loading, no
/// entity substitution) plus `XML_PARSE_NONET`; the caller refuses any
/// `<!DOCTYPE` before parsing, so no declaration is ever read.
enum XMLStreamParser {
    /// What the parse found.
    struct Outcome {
        var wellFormed: Bool
        var valid: Bool
    }

    /// The parser's state, reached from C callbacks through user pointers.
    private final class Session {
        let sink: any XMLEventSink
        let issues: XMLIssueCollector
        /// The parser, so a validation error can say where it stood.
        let parser: xmlParserCtxtPtr
        /// The validator's handler and its user data: every event goes on to
        /// them, text gathered first (see `XMLTextRun`); the validator then
        /// calls the sink's handler.
        var validator: UnsafeMutablePointer<xmlSAXHandler>?
        var validatorUser: UnsafeMutableRawPointer?
        var text = XMLTextRun()

        init(sink: any XMLEventSink, issues: XMLIssueCollector, parser: xmlParserCtxtPtr) {
            self.sink = sink
            self.issues = issues
            self.parser = parser
        }

        /// The furthest byte the parser has reached when it reported something.
        private var furthest = 0

        /// Records what libxml2 reported, with the byte where the parser stood.
        /// A parser stopped by a fatal error forgets its place (it reads as 0),
        /// so what it says after that is placed where it got to.
        func report(_ error: xmlError) {
            furthest = max(furthest, Int(xmlByteConsumed(parser)))
            issues.append(XMLIssue(error, offset: furthest))
        }

        /// Passes gathered text on to the validator, as text or as CDATA.
        func pass(_ bytes: UnsafePointer<UInt8>, _ count: Int, _ cdata: Bool) {
            guard let handler = validator?.pointee else { return }
            (cdata ? handler.cdataBlock : handler.characters)?(validatorUser, bytes, Int32(count))
        }

        static func from(_ user: UnsafeMutableRawPointer?) -> Session? {
            user.map { Unmanaged<Session>.fromOpaque($0).takeUnretainedValue() }
        }
    }

    /// Parses `bytes`, validating against `schema`, sending events to `sink`
    /// and what libxml2 reports to `issues`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, schema: XMLCompiledSchema, sink: any XMLEventSink,
                      issues: XMLIssueCollector) -> Outcome? {
        xmlInitParser()
        let feed = DocumentFeed(bytes)
        return withExtendedLifetime(feed) { () -> Outcome? in
            guard bytes.count < Int(Int32.max), let context = feed.parserContext() else { return nil }
            defer { xmlFreeParserCtxt(context) }
            return parse(context, schema: schema, sink: sink, issues: issues)
        }
    }

    /// Parses what `context` reads.
    private static func parse(_ context: xmlParserCtxtPtr, schema: XMLCompiledSchema, sink: any XMLEventSink,
                              issues: XMLIssueCollector) -> Outcome? {
        guard let validation = xmlSchemaNewValidCtxt(schema.pointer) else { return nil }
        defer { xmlSchemaFreeValidCtxt(validation) }

        // The text is UTF-8 whatever the XML declaration says (SourceReader has
        // refused any other): an `encoding="ISO-8859-1"` must not turn "é" into "Ã©".
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue))
        let session = Session(sink: sink, issues: issues, parser: context)
        return withExtendedLifetime(session) {
            let opaque = Unmanaged.passUnretained(session).toOpaque()
            var handler = eventHandler()
            let originalHandler = context.pointee.sax
            context.pointee._private = opaque
            context.pointee.userData = opaque
            xmlSchemaSetValidStructuredErrors(validation, { user, error in
                guard let user, let error else { return }
                Unmanaged<Session>.fromOpaque(user).takeUnretainedValue().report(error.pointee)
            }, opaque)
            // The validator asks where the parser stands when it reports an error.
            xmlSchemaValidateSetLocator(validation, { parser, file, line in
                // libxml2 reads both answers whatever we return: never leave one unset.
                file?.pointee = nil
                line?.pointee = 0
                guard let parser else { return -1 }
                let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
                line?.pointee = UInt(max(0, context.pointee.input.map { Int($0.pointee.line) } ?? 0))
                return 0
            }, UnsafeMutableRawPointer(context))
            return withUnsafeMutablePointer(to: &handler) { handlerPointer -> Outcome? in
                context.pointee.sax = handlerPointer
                defer { context.pointee.sax = originalHandler }
                var sax: UnsafeMutablePointer<xmlSAXHandler>? = handlerPointer
                var user: UnsafeMutableRawPointer? = opaque
                guard let plug = xmlSchemaSAXPlug(validation, &sax, &user) else { return nil }
                // The parser talks to a front handler that gathers text and
                // passes every event on to the validator's handler, which
                // passes it on to ours; the parser's errors come to ours directly.
                session.validator = sax
                session.validatorUser = user
                var front = frontHandler()
                front.serror = handlerPointer.pointee.serror
                withUnsafeMutablePointer(to: &front) { frontPointer in
                    context.pointee.sax = frontPointer
                    context.pointee.userData = opaque
                    _ = xmlParseDocument(context)
                }
                xmlSchemaSAXUnplug(plug)
                context.pointee.sax = originalHandler
                let wellFormed = context.pointee.wellFormed != 0
                return Outcome(wellFormed: wellFormed, valid: wellFormed && xmlSchemaIsValid(validation) == 1)
            }
        }
    }

    /// Hands the document to libxml2 a piece at a time, as a file would be
    /// read. Given the whole document in memory, libxml2 2.9 copies it first
    /// (50 MB more for a 50 MB file); read in pieces, it keeps only the part
    /// it is parsing. (Its zero-copy "static" input loses its place in 2.9.)
    private final class DocumentFeed {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var offset = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// A parser context reading from this feed; the feed must outlive it.
        func parserContext() -> xmlParserCtxtPtr? {
            xmlCreateIOParserCtxt(nil, nil, { feed, buffer, length in
                guard let feed, let buffer else { return -1 }
                return Unmanaged<DocumentFeed>.fromOpaque(feed).takeUnretainedValue().read(into: buffer, length: Int(length))
            }, nil, Unmanaged.passUnretained(self).toOpaque(), XML_CHAR_ENCODING_NONE)
        }

        /// Copies the next piece into `buffer`; 0 at the end.
        private func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
            let count = min(max(0, length), bytes.count - offset)
            guard count > 0, let base = bytes.baseAddress else { return 0 }
            UnsafeMutableRawPointer(buffer).copyMemory(from: base + offset, byteCount: count)
            offset += count
            return Int32(count)
        }
    }

    /// The callbacks the parser calls: text is gathered into runs; elements
    /// pass the gathered text on first, then themselves.
    private static func frontHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, name, prefix, uri, namespaceCount, namespaces, count, defaulted, attributes in
            guard let session = Session.from(user) else { return }
            session.text.boundary(session.pass)
            session.validator?.pointee.startElementNs?(session.validatorUser, name, prefix, uri, namespaceCount, namespaces, count, defaulted, attributes)
        }
        handler.endElementNs = { user, name, prefix, uri in
            guard let session = Session.from(user) else { return }
            session.text.boundary(session.pass)
            session.validator?.pointee.endElementNs?(session.validatorUser, name, prefix, uri)
        }
        let characters: charactersSAXFunc = { user, bytes, count in
            guard let session = Session.from(user), let bytes else { return }
            session.text.add(bytes, count: Int(count), cdata: false, pass: session.pass)
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = { user, bytes, count in
            guard let session = Session.from(user), let bytes else { return }
            session.text.add(bytes, count: Int(count), cdata: true, pass: session.pass)
        }
        return handler
    }

    /// The SAX2 callbacks. The validator passes our user pointer to the ones
    /// it wraps (elements, characters); the error callback reaches the session
    /// through the parser context the error names.
    private static func eventHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, name, _, _, _, _, count, _, attributes in
            guard let user, let name else { return }
            Unmanaged<Session>.fromOpaque(user).takeUnretainedValue().sink.start(name, attributes: attributes, count: Int(count))
        }
        handler.endElementNs = { user, _, _, _ in
            guard let user else { return }
            Unmanaged<Session>.fromOpaque(user).takeUnretainedValue().sink.end()
        }
        let characters: charactersSAXFunc = { user, bytes, count in
            guard let user, let bytes else { return }
            Unmanaged<Session>.fromOpaque(user).takeUnretainedValue().sink.characters(bytes, count: Int(count))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.serror = { _, error in
            // Only the parser's own errors name a parser context.
            guard let error, let parser = error.pointee.ctxt,
                  error.pointee.domain == XML_FROM_PARSER.rawValue || error.pointee.domain == XML_FROM_NAMESPACE.rawValue else { return }
            let context = parser.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let session = context.pointee._private else { return }
            Unmanaged<Session>.fromOpaque(session).takeUnretainedValue().report(error.pointee)
        }
        return handler
    }
}
