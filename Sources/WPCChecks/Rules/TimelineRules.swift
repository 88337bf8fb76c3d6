import WPCModel

/// `timeline.unrecognized`: words in a Timeline cell that are not a date,
/// season, year or one of the known phrases (a misspelt month, say).
public struct UnrecognizedTimelineRule: CheckRule {
    /// The rule's stable id.
    public let id = "timeline.unrecognized"
    public let severity = Severity.error
    public let summary = "A timeline has words that are not a date, a season, a year or a known phrase."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTimeline { timeline in
            guard timeline.milestones.contains(where: { $0.kind == .unrecognized }) else { return }
            result += runs(timeline.milestones).map { run in
                let start = run[0].offset
                let end = run.map { $0.offset + $0.written.utf8.count }.max() ?? start + 1
                let written = UTF8Text.withBytes(of: timeline.raw.text) { UTF8Text.string($0, start..<min(end, $0.count)) }
                return diagnostic("timeline '\(written)' is not understood", in: timeline.raw, offset: start,
                                  length: end - start, help: help(for: run.map(\.written)), context: context)
            }
        }
        return result
    }

    /// Consecutive unrecognized milestones, so a sentence gives one diagnostic, not one per word.
    private func runs(_ milestones: [Milestone]) -> [[Milestone]] {
        var runs: [[Milestone]] = []
        var current: [Milestone] = []
        for milestone in milestones {
            if milestone.kind == .unrecognized {
                current.append(milestone)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The month names' scalars, for the nearest to a misspelt one.
    private static let months = TimelineParser.monthNames.map { Array($0.unicodeScalars) }

    private func help(for words: [String]) -> String {
        for word in words {
            let lower = word.lowercased()
            if TimelineParser.monthNames.contains(lower) {
                return "add the year: '\(word) 2020'"
            }
            // The nearest month within two edits (the first of equals): a word of
            // any other length is none, and is not compared at all.
            let scalars = Array(lower.unicodeScalars.prefix(16))
            guard scalars.count >= 3 else { continue }
            var nearest: (distance: Int, month: Int)?
            for (index, month) in Self.months.enumerated() {
                if let distance = EditDistance.between(scalars, month, atMost: 2), distance < nearest?.distance ?? 3 { nearest = (distance, index) }
            }
            if let nearest {
                let month = TimelineParser.monthNames[nearest.month]
                return "did you mean '\(month.prefix(1).uppercased() + month.dropFirst())'?"
            }
        }
        return "write a month and year ('June 2020'), a season and year ('Autumn 2020'), a year, 'Ongoing', 'Periodically', 'Annually' or 'To be determined'"
    }
}

/// `timeline.outside-period`: a date in a year the programme does not cover.
public struct TimelineOutsidePeriodRule: CheckRule {
    /// The rule's stable id.
    public let id = "timeline.outside-period"
    public let severity = Severity.warning
    public let summary = "A timeline names a year outside the programme's period."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let period = context.programme.period else { return [] }
        var result: [Diagnostic] = []
        // One help text, shared by every finding (a large programme has tens of thousands).
        let help = "check the year; the programme covers \(period.firstYear) to \(period.lastYear)"
        context.forEachTimeline { timeline in
            for milestone in timeline.milestones {
                guard let year = milestone.year, !period.contains(year) else { continue }
                result.append(diagnostic("'\(milestone.written)' is outside the programme period \(period.firstYear)–\(period.lastYear)",
                                         in: timeline.raw, offset: milestone.offset, length: milestone.written.utf8.count,
                                         help: help, context: context))
            }
        }
        return result
    }
}

/// `timeline.variant-spelling`: a phrase written another way than the house
/// spelling ("On-going" for "Ongoing", "Fall" for "Autumn").
public struct TimelineVariantSpellingRule: CheckRule {
    /// The rule's stable id.
    public let id = "timeline.variant-spelling"
    public let severity = Severity.note
    public let summary = "A timeline uses a variant spelling (\"On-going\" for \"Ongoing\")."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        context.forEachTimeline { timeline in
            result += timeline.milestones.compactMap { milestone -> Diagnostic? in
                let preferred: String
                let variant: String
                switch milestone.kind {
                case .ongoing where !UTF8Text.equalIgnoringCase(milestone.written, "ongoing"):
                    preferred = "Ongoing"
                    variant = milestone.written
                case .season(_, .autumn):
                    let word = TextWord.split(milestone.written).first?.text ?? milestone.written
                    guard UTF8Text.equalIgnoringCase(word, "fall") else { return nil }
                    preferred = "Autumn"
                    variant = word
                default:
                    return nil
                }
                return diagnostic("'\(variant)' is a variant spelling of '\(preferred)'", in: timeline.raw,
                                  offset: milestone.offset, length: variant.utf8.count, help: "write '\(preferred)'", context: context)
            }
        }
        return result
    }
}
