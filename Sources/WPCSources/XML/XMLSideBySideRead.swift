import WPCModel

/// One XML document read twice at once, on two cores: libxml2 checks it
/// against the schema in one parse, while a second parse, without the
/// schema, feeds the programme builder.
///
/// Validation and building each cost about as much as the other, and neither
/// needs the other's results: the schema's verdict decides whether the
/// programme built is used at all. Everything the user is told (syntax and
/// schema errors, the limit on errors) comes from the validating parse,
/// exactly as from one pass that validates and builds; the building parse's
/// own reports repeat its syntax errors and are dropped.
enum XMLSideBySideRead {
    /// Parses `bytes` against `schema`, reporting to `issues`, while `builder`
    /// builds from a parse of its own. Nil when libxml2 could not allocate a parser.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, schema: XMLCompiledSchema, builder: XMLProgrammeBuilder,
                      issues: XMLIssueCollector) -> XMLStreamParser.Outcome? {
        let shared = Shared(bytes: bytes, schema: schema, builder: builder, issues: issues)
        // A document found invalid is not built: the building parse stops
        // (an invalid file of any size costs what its validation costs).
        let invalid = Cancellation()
        // Markup beyond libxml2's comfortable limits is refused before the
        // validating parse starts; the building parse starts at once, and is
        // fed only what the check has cleared.
        let gate = XMLMarkupGate()
        // The building parse allocates the programme: it runs on this thread (see `ParallelMap.beside`).
        let outcomes = ParallelMap.beside({
            if let excess = XMLMarkupLimits.firstExcess(in: shared.bytes, cleared: gate.clear(upTo:)) {
                gate.fail()
                invalid.cancel()
                shared.issues.append(excess)
                return Result(outcome: XMLStreamParser.Outcome(wellFormed: false, valid: false))
            }
            gate.clear(upTo: shared.bytes.count)
            let outcome = XMLStreamParser.parse(shared.bytes, schema: shared.schema, sink: nil, issues: shared.issues, gate: gate)
            if outcome?.valid != true { invalid.cancel() }
            return Result(outcome: outcome)
        }, here: {
            XMLStreamParser.parse(shared.bytes, schema: nil, sink: shared.builder, issues: XMLIssueCollector(), cancellation: invalid, gate: gate)
        })
        guard outcomes.here != nil else { return nil }
        return outcomes.elsewhere.outcome
    }

    /// What each parse hands back across threads.
    private struct Result: Sendable {
        var outcome: XMLStreamParser.Outcome?
    }

    /// What the two parses share. The bytes and the schema are only read; the
    /// builder is used by the building parse alone and the collector by the
    /// validating parse alone, and both are read only after the two have ended.
    private struct Shared: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let schema: XMLCompiledSchema
        let builder: XMLProgrammeBuilder
        let issues: XMLIssueCollector
    }

}
