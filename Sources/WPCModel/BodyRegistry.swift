import Foundation

/// The responsible bodies a programme may name: each with an id (its usual
/// abbreviation), its full name, and the other spellings documents use.
public struct BodyRegistry: Codable, Sendable, Hashable {
    public var bodies: [ResponsibleBody]

    public init(bodies: [ResponsibleBody] = []) { self.bodies = bodies }

    /// The body with this id, compared without regard to case.
    public func body(id: String) -> ResponsibleBody? {
        bodies.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    /// The body that `name` names: its id, full name or any alias, case-insensitive.
    public func body(named name: String) -> ResponsibleBody? {
        let key = BodyRegistry.normalise(name)
        return bodies.first { $0.spellings.contains { BodyRegistry.normalise($0) == key } }
    }

    /// The bodies whose spellings are nearest to `name`, best first (ties by
    /// id). One question: a rule asking per finding uses `BodySuggestions`.
    public func nearest(to name: String, limit: Int = 3) -> [ResponsibleBody] {
        var suggestions = BodySuggestions(self, budget: .max)
        return suggestions.nearest(to: name, limit: limit) ?? []
    }

    /// Lower-cased with runs of white space folded, for comparisons.
    public static func normalise(_ text: String) -> String {
        TextWord.split(text.lowercased()).map(\.text).joined(separator: " ")
    }
}

/// One responsible body: "IMSC", "Information Management Sub-Committee".
public struct ResponsibleBody: Codable, Sendable, Hashable {
    /// A short, stable id, normally the abbreviation ("IMSC").
    public var id: String
    /// The full name.
    public var name: String
    /// Other spellings used in documents ("SAFE WG", "SWG").
    public var aliases: [String]

    public init(id: String, name: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }

    /// The id, the name and every alias.
    public var spellings: [String] { [id, name] + aliases }

    /// "Information Management Sub-Committee (IMSC)".
    public var displayName: String { name == id ? name : "\(name) (\(id))" }
}

/// The registry's bodies nearest to names it does not know, for the help of
/// findings: every spelling folded once, then `NameSuggester`'s bounded work.
public struct BodySuggestions: Sendable {
    /// The bodies by id, the order ties are listed in.
    private let bodies: [ResponsibleBody]
    private var suggester: NameSuggester

    /// Suggestions among `registry`'s bodies, comparing at most `budget` pairs of scalars in all.
    public init(_ registry: BodyRegistry, budget: Int = NameSuggester.defaultBudget) {
        bodies = registry.bodies.sorted { $0.id < $1.id }
        suggester = NameSuggester(spellings: bodies.map { $0.spellings.map(BodyRegistry.normalise) }, budget: budget)
    }

    /// Up to `limit` bodies nearest to `name`, best first; nil when the budget is spent.
    public mutating func nearest(to name: String, limit: Int = 3) -> [ResponsibleBody]? {
        suggester.nearest(to: BodyRegistry.normalise(name), limit: limit).map { $0.map { bodies[$0] } }
    }
}
