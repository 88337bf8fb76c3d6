import CLibXML2
import WPCModel

/// What a streaming parse reports to its consumer, in document order.
protocol XMLEventSink: AnyObject {
    /// An element starts: its local name, its namespace URI (nil for none),
    /// libxml2's five pointers per attribute, and `tagEnd`, the byte offset of
    /// the `>` (or the `/` of `/>`) that ends its start tag, or -1 when the
    /// parser cannot tell.
    func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?,
               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, tagEnd: Int)
    /// Character data of the current element (text, CDATA, resolved references).
    func characters(_ bytes: UnsafePointer<UInt8>, count: Int)
    /// The current element ends.
    func end()
}

/// One pass of libxml2's SAX2 parser over a document held in memory, with the
/// compiled schema's validator (when there is a schema) plugged into the event
/// flow: the document is checked for well-formedness and validity and turned
/// into events in a single read, with no tree built. The XML reader runs one
/// parse with wpc's schema and one without, side by side (`XMLSideBySideRead`);
/// the Word reader parses the parts of a .docx without one.
///
/// Safety: the parser context has the library's defaults (no DTD loading, no
/// entity substitution) plus `XML_PARSE_NONET`; the caller refuses any
/// `<!DOCTYPE` before parsing, so no declaration is ever read.
enum XMLStreamParser {
    /// What the parse found.
    struct Outcome: Sendable {
        var wellFormed: Bool
        var valid: Bool
    }

    /// The parser's state, reached from C callbacks through user pointers.
    private final class Session {
        /// Where events go; nil when the parse only validates.
        let sink: (any XMLEventSink)?
        let issues: XMLIssueCollector
        let context: xmlParserCtxtPtr
        /// The validator's handler and its user data, when there is a schema:
        /// every event goes on to them, text gathered first (see `XMLTextRun`);
        /// the validator then calls the sink's handler.
        var validator: UnsafeMutablePointer<xmlSAXHandler>?
        var validatorUser: UnsafeMutableRawPointer?
        var text = XMLTextRun()
        /// The furthest byte the parser has reached when it reported something.
        private var furthest = 0

        init(sink: (any XMLEventSink)?, issues: XMLIssueCollector, context: xmlParserCtxtPtr) {
            self.sink = sink
            self.issues = issues
            self.context = context
        }

        /// Records what libxml2 reported, with the byte where the parser stood.
        /// A parser stopped by a fatal error forgets its place (it reads as 0),
        /// so what it says after that is placed where it got to. The
        /// `issueLimit`-th stops the parser, and says so.
        func report(_ error: xmlError) {
            guard issues.issues.count <= XMLStreamParser.issueLimit, !(issues.issues.last?.stoppedReading ?? false) else { return }
            furthest = max(furthest, Int(xmlByteConsumed(context)))
            let issue = XMLIssue(error, offset: furthest)
            guard issues.issues.count == XMLStreamParser.issueLimit else {
                issues.append(issue)
                return
            }
            var stop = XMLIssue(message: "more than \(NumberText.grouped(XMLStreamParser.issueLimit)) errors; the rest of the file is not read",
                                line: issue.line, column: issue.column, isError: true)
            stop.offset = furthest
            stop.stoppedReading = true
            issues.append(stop)
            xmlStopParser(context)
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

    /// The most issues one document reports: one more stops the parser, and
    /// an issue saying so follows them. A file with an error in every
    /// attribute would otherwise keep a message of a hundred bytes and more
    /// per dozen bytes of input.
    static let issueLimit = 10_000

    /// Parses `bytes`, validating against `schema` when one is given, sending
    /// events to `sink` (when there is one: a parse that only validates has
    /// none, and then the validator calls nothing of ours) and what libxml2
    /// reports to `issues`; once `cancellation` is cancelled, the parse stops
    /// at the next chunk (its outcome then says nothing of the rest of the
    /// document). The document is checked against `XMLMarkupLimits` first,
    /// unless a `gate` is given: then the caller checks it, and the parse is
    /// fed only what the gate has cleared.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, schema: XMLCompiledSchema?, sink: (any XMLEventSink)?,
                      issues: XMLIssueCollector, cancellation: Cancellation? = nil, gate: XMLMarkupGate? = nil) -> Outcome? {
        if gate == nil, let excess = XMLMarkupLimits.firstExcess(in: bytes) {
            issues.append(excess)
            return Outcome(wellFormed: false, valid: false)
        }
        LibXML2.initialize()
        guard bytes.count < Int(Int32.max), let context = pushContext() else { return nil }
        defer { xmlFreeParserCtxt(context) }

        // The bytes are UTF-8 whatever the declaration says (the source was
        // decoded before): no encoder, so byte offsets are the source's own.
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue))
        let session = Session(sink: sink, issues: issues, context: context)
        return withExtendedLifetime(session) {
            let opaque = Unmanaged.passUnretained(session).toOpaque()
            var handler = eventHandler()
            let originalHandler = context.pointee.sax
            context.pointee._private = opaque
            context.pointee.userData = opaque
            guard let schema else {
                return withUnsafeMutablePointer(to: &handler) { handlerPointer -> Outcome? in
                    context.pointee.sax = handlerPointer
                    defer { context.pointee.sax = originalHandler }
                    feed(bytes, to: context, cancellation: cancellation, gate: gate)
                    let wellFormed = context.pointee.wellFormed != 0
                    return Outcome(wellFormed: wellFormed, valid: wellFormed)
                }
            }
            guard let validation = xmlSchemaNewValidCtxt(schema.pointer) else { return nil }
            defer { xmlSchemaFreeValidCtxt(validation) }
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
                // With no sink, the validator is plugged in with no handler
                // behind it, and takes the events itself.
                var sax: UnsafeMutablePointer<xmlSAXHandler>? = sink == nil ? nil : handlerPointer
                var user: UnsafeMutableRawPointer? = sink == nil ? nil : opaque
                guard let plug = xmlSchemaSAXPlug(validation, &sax, &user) else { return nil }
                // The parser talks to a front handler that gathers text and
                // passes every event on to the validator's handler, which
                // passes it on to ours, if any; the parser's errors come to
                // ours directly.
                session.validator = sax
                session.validatorUser = user
                var front = frontHandler()
                front.serror = handlerPointer.pointee.serror
                withUnsafeMutablePointer(to: &front) { frontPointer in
                    context.pointee.sax = frontPointer
                    context.pointee.userData = opaque
                    feed(bytes, to: context, cancellation: cancellation, gate: gate)
                }
                xmlSchemaSAXUnplug(plug)
                context.pointee.sax = originalHandler
                let wellFormed = context.pointee.wellFormed != 0
                return Outcome(wellFormed: wellFormed, valid: wellFormed && xmlSchemaIsValid(validation) == 1)
            }
        }
    }

    /// A push-parser context, fed the document a chunk at a time by `feed`:
    /// libxml2's memory contexts copy the whole document into a buffer of
    /// their own (twice its size, rounded up to a power of two), while a push
    /// parser holds only the part it has not consumed yet.
    private static func pushContext() -> xmlParserCtxtPtr? {
        xmlCreatePushParserCtxt(nil, nil, nil, 0, nil)
    }

    /// The size of the chunks the document is fed in.
    private static let chunkSize = 1 << 20

    /// Feeds `bytes` to the push parser, then ends the document; stops
    /// between chunks once `cancellation` is cancelled, and feeds no chunk
    /// before `gate`, if given, has cleared it (nor any once it has failed).
    private static func feed(_ bytes: UnsafeBufferPointer<UInt8>, to context: xmlParserCtxtPtr, cancellation: Cancellation?,
                             gate: XMLMarkupGate?) {
        guard let base = bytes.baseAddress else {
            _ = xmlParseChunk(context, nil, 0, 1)
            return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            var offset = 0
            repeat {
                if cancellation?.isCancelled == true { break }
                let length = min(chunkSize, bytes.count - offset)
                if let gate, !gate.waitUntilCleared(offset + length) { break }
                let last = offset + length == bytes.count
                // A fatal error stops the parser: later chunks are not read.
                if xmlParseChunk(context, chars + offset, Int32(length), last ? 1 : 0) != 0, context.pointee.disableSAX != 0 { break }
                offset += length
            } while offset < bytes.count
        }
    }

    /// The callbacks the parser calls when there is a validator: text is
    /// gathered into runs; elements pass the gathered text on first, then
    /// themselves.
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
        handler.startElementNs = { user, name, _, uri, _, _, count, _, attributes in
            guard let user, let name else { return }
            let session = Unmanaged<Session>.fromOpaque(user).takeUnretainedValue()
            // libxml2 reports a start tag before it steps over its closing `>`
            // or `/>`: where it stands is where the tag ends (constant time
            // for UTF-8 input, which has no encoder).
            session.sink?.start(name, namespace: uri, attributes: attributes, count: Int(count), tagEnd: Int(xmlByteConsumed(session.context)))
        }
        handler.endElementNs = { user, _, _, _ in
            guard let user else { return }
            Unmanaged<Session>.fromOpaque(user).takeUnretainedValue().sink?.end()
        }
        let characters: charactersSAXFunc = { user, bytes, count in
            guard let user, let bytes else { return }
            Unmanaged<Session>.fromOpaque(user).takeUnretainedValue().sink?.characters(bytes, count: Int(count))
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
