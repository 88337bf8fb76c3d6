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

    /// The bodies whose spellings are nearest to `name`, best first.
    public func nearest(to name: String, limit: Int = 3) -> [ResponsibleBody] {
        let key = BodyRegistry.normalise(name)
        let scored = bodies.map { body in
            (body, body.spellings.map { EditDistance.between(key, BodyRegistry.normalise($0)) }.min() ?? Int.max)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.id < $1.0.id }.prefix(limit).map(\.0)
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
