/// The knobs of `Differ`: how similar two topics, tasks or indicators must be
/// to count as the same item in both drafts, and what differences to ignore.
///
/// Similarities are token Jaccard indices in 0...1: the share of distinct
/// words (lower-cased, letters and digits, common function words dropped)
/// that two texts have in common. 1 means the same words, 0 none.
public struct DiffOptions: Sendable, Hashable {
    /// Differences that can be switched off (`--ignore progress|whitespace|case|punctuation`).
    /// A cell whose only differences are ignored is the same in both drafts; a
    /// cell that differs otherwise is reported with every difference, as
    /// diff(1) shows a whole line that differs beyond what `-i` or `-w` ignore.
    public enum Ignorable: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The Progress column of every task.
        case progress
        /// Runs of white space: texts equal after folding them to one space and trimming are equal.
        case whitespace
        /// Upper and lower case.
        case `case`
        /// Punctuation marks (Unicode's punctuation categories): texts equal once they are taken out are equal.
        case punctuation

        /// In the order listed above, so reports name them in a fixed order.
        public static func < (lhs: Ignorable, rhs: Ignorable) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// Two topics are the same when their titles are at least this similar, or
    /// when this share of their tasks have identical text (a renamed topic
    /// keeps its tasks).
    public var topicSimilarity: Double
    /// Two tasks of matched topics are the same when their texts are at least this similar.
    public var taskSimilarity: Double
    /// A task that found no partner in its own topic matches a task of another
    /// topic (a move) only when their texts are at least this similar; higher
    /// than `taskSimilarity` because a move is a stronger claim.
    public var movedTaskSimilarity: Double
    /// Two indicators of matched tasks are the same when their texts are at least this similar.
    public var indicatorSimilarity: Double
    /// Items left unmatched between the same two matched neighbours (the same
    /// "gap" of the aligned sequences) are paired in order, as edits in place,
    /// when at least this similar. A gap of exactly one old and one new
    /// indicator is always paired.
    public var gapSimilarity: Double
    /// What to ignore.
    public var ignoring: Set<Ignorable>

    /// The defaults, tuned on the PTC programme's drafts.
    public init(
        topicSimilarity: Double = 0.5, taskSimilarity: Double = 0.5, movedTaskSimilarity: Double = 0.6,
        indicatorSimilarity: Double = 0.5, gapSimilarity: Double = 0.2, ignoring: Set<Ignorable> = []
    ) {
        self.topicSimilarity = topicSimilarity
        self.taskSimilarity = taskSimilarity
        self.movedTaskSimilarity = movedTaskSimilarity
        self.indicatorSimilarity = indicatorSimilarity
        self.gapSimilarity = gapSimilarity
        self.ignoring = ignoring
    }

    /// Whether `what` is ignored.
    public func ignores(_ what: Ignorable) -> Bool { ignoring.contains(what) }

    /// What is ignored, in a fixed order (progress, whitespace, case, punctuation).
    public var ignoredInOrder: [Ignorable] { ignoring.sorted() }
}

extension DiffOptions {
    /// Whether two cells say the same under these options: a missing cell
    /// equals a blank one, and white space, case and punctuation are taken
    /// out when they are ignored.
    public func sameText(_ a: String?, _ b: String?) -> Bool {
        TextComparer(ignoring: ignoring).same(a, b)
    }
}
