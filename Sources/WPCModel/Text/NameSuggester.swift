/// The known names nearest to a name that is not known, for a finding's
/// "did you mean" help: by edit distance (`EditDistance`), closest first,
/// ties in the order the names were given.
///
/// A rule asks once per finding, and a hostile file can hold as many unknown
/// names as known ones, so the work is bounded, keeping a check linear in
/// its input whatever the names:
/// - names are compared by their first `comparedLength` scalars;
/// - a question asked again is answered from memory;
/// - one suggester compares at most `budget` pairs of scalars in all (at
///   about a nanosecond each); a name asked about once that is spent gets
///   no suggestion (nil), and its finding gives its plain help instead.
/// A real programme asks about a few dozen names and never reaches it.
public struct NameSuggester: Sendable {
    /// How many scalars of each name are compared.
    public static let comparedLength = 64
    /// The pairs of scalars one suggester compares at most (see above).
    public static let defaultBudget = 20_000_000

    /// Each known name's scalars (cut to `comparedLength`), and whose it is.
    private let keys: [[Unicode.Scalar]]
    private let owners: [Int]
    private let ownerCount: Int
    private var budget: Int
    private var answered: [Question: [Int]] = [:]

    /// A question asked, remembered with its answer.
    private struct Question: Hashable, Sendable {
        var name: String
        var limit: Int
        var maximum: Int?
    }

    /// A suggester among `names`: each owner (a body, a code) with its
    /// spellings, as the caller folds them (case, white space).
    public init(spellings names: [[String]], budget: Int = NameSuggester.defaultBudget) {
        var keys: [[Unicode.Scalar]] = [], owners: [Int] = []
        for (owner, spellings) in names.enumerated() {
            for spelling in spellings {
                keys.append(Array(spelling.unicodeScalars.prefix(Self.comparedLength)))
                owners.append(owner)
            }
        }
        self.keys = keys
        self.owners = owners
        self.ownerCount = names.count
        self.budget = budget
    }

    /// The owners (indices into the names given) of up to `limit` names
    /// nearest to `name`, closest first; with `maximum`, only those within
    /// that many edits. Nil when the budget is spent.
    public mutating func nearest(to name: String, limit: Int, maximum: Int? = nil) -> [Int]? {
        let question = Question(name: name, limit: limit, maximum: maximum)
        if let known = answered[question] { return known }
        guard budget > 0 else { return nil }
        let key = Array(name.unicodeScalars.prefix(Self.comparedLength))
        // A pair costs its cells, and a few more for setting it up.
        let band = maximum.map { 2 * $0 + 1 }
        let cost = keys.reduce(0) { $0 + 16 + min(key.count, $1.count) * (band ?? max(key.count, $1.count)) }
        guard cost <= budget else {
            budget = 0
            return nil
        }
        budget -= cost
        var best = [Int](repeating: Int.max, count: ownerCount)
        var previous: [Int] = [], current: [Int] = []
        for (index, candidate) in keys.enumerated() {
            let distance: Int?
            if let maximum {
                distance = EditDistance.between(key, candidate, atMost: maximum)
            } else {
                distance = EditDistance.between(key, candidate, rows: &previous, &current)
            }
            if let distance, distance < best[owners[index]] { best[owners[index]] = distance }
        }
        // The `limit` nearest, kept in order as they are met: ties stay in the order given.
        var found: [Int] = []
        for owner in best.indices where best[owner] != Int.max {
            guard found.count < limit || best[owner] < best[found[found.count - 1]] else { continue }
            let place = found.firstIndex { best[$0] > best[owner] } ?? found.count
            found.insert(owner, at: place)
            if found.count > limit { found.removeLast() }
        }
        answered[question] = found
        return found
    }
}
