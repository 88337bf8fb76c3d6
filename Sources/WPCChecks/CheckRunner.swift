import WPCModel

/// Runs a set of rules over a programme and returns their findings sorted by
/// location, so the same input always gives the same output.
public struct CheckRunner: Sendable {
    /// The rules this runner applies.
    public var rules: [any CheckRule]

    /// A runner over `rules`; every rule wpc knows by default.
    public init(rules: [any CheckRule] = CheckRunner.allRules) {
        self.rules = rules
    }

    /// The findings of every rule on `context`, sorted by file, line, column and rule id.
    /// The rules only read the programme, so they run side by side; the
    /// result does not depend on which finishes first.
    /// `readerFindings` are sorted in among them (first, at the same place):
    /// the findings are gathered into one array reserved for their number and
    /// sorted in place, each rule's own list let go as soon as it is taken.
    public func check(_ context: CheckContext, including readerFindings: [Diagnostic] = []) -> [Diagnostic] {
        let rules = rules
        var found = ParallelMap.map(rules.count) { rules[$0].check(context) }
        var all = readerFindings
        all.reserveCapacity(found.reduce(readerFindings.count) { $0 + $1.count })
        for index in found.indices {
            all += found[index]
            found[index] = []
        }
        all.sortByLocation()
        return all
    }

    /// The findings on `programme`, with `registry` for the body rules and
    /// `locator` for the source it was read from, `readerFindings` sorted in among them.
    public func check(_ programme: Programme, registry: BodyRegistry? = nil, locator: SourceLocator = SourceLocator(file: ""),
                      including readerFindings: [Diagnostic] = []) -> [Diagnostic] {
        let context = CheckContext(programme: programme, registry: registry, locator: locator)
        defer { ReleaseBehind.release(context) }
        return check(context, including: readerFindings)
    }

    /// Every rule wpc knows, grouped by area.
    public static let allRules: [any CheckRule] = [
        UnknownPlanCodeRule(), MalformedPlanCodeRule(), DuplicatePlanCodeRule(), PlanCodeOrderRule(),
        MissingLegendRule(),
        UndefinedFootnoteMarkerRule(), UnreferencedFootnoteRule(), LegendFootnoteMismatchRule(),
        MissingTaskTypeRule(), UnknownTaskTypeRule(), LongFormTaskTypeRule(),
        UnknownBodyRule(), BodyLeftoverTextRule(),
        TopicNumberGapRule(), DuplicateTopicNumberRule(), InvalidTopicNumberRule(), MixedNumberStyleRule(),
        UnrecognizedTimelineRule(), TimelineOutsidePeriodRule(), TimelineVariantSpellingRule(),
        TopicWithoutTaskRule(), TaskWithoutIndicatorRule(), IndicatorWithoutTimelineRule(),
        EmptyCellRule(), OrphanTaskRule(),
    ]

    /// Id, severity and summary of every rule, sorted by id: what `--list-rules`
    /// prints and what SARIF's rule descriptors hold.
    public static var catalog: [RuleDescriptor] {
        allRules.map(RuleDescriptor.init).sorted { $0.id < $1.id }
    }
}

/// A rule's identity without its logic, for listings and SARIF.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// The rule's stable id.
    public var id: String
    /// The severity its findings carry.
    public var severity: Severity
    /// What it looks for, in one sentence.
    public var summary: String

    /// A descriptor from its parts.
    public init(id: String, severity: Severity, summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    /// The descriptor of `rule`.
    public init(_ rule: any CheckRule) {
        self.init(id: rule.id, severity: rule.severity, summary: rule.summary)
    }
}
