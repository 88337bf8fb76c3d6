/// One task of a topic: the Tasks cell with its plan codes, type, responsible
/// bodies, performance indicators and progress.
///
/// Named `WorkTask` rather than `Task` so that it never shadows Swift's own
/// `Task` in code that imports the model.
public struct WorkTask: Codable, Sendable, Hashable {
    /// The Tasks cell as written.
    public var text: WrittenText
    /// The strategic-plan cell as written (e.g. "SG SO1 SP1"); its codes are `planCodes`.
    public var plan: WrittenText?
    /// The Type-of-task cell as written ("M", "A", or a long form).
    public var type: WrittenText?
    /// The Responsible-body cell as written.
    public var bodies: WrittenText?
    /// The performance indicators, each with its timeline.
    public var indicators: [Indicator]
    /// The Progress cell as written.
    public var progress: WrittenText?

    public init(
        text: WrittenText, plan: WrittenText? = nil, type: WrittenText? = nil,
        bodies: WrittenText? = nil, indicators: [Indicator] = [], progress: WrittenText? = nil
    ) {
        self.text = text
        self.plan = plan
        self.type = type
        self.bodies = bodies
        self.indicators = indicators
        self.progress = progress
    }

    /// The plan codes of the plan cell, split on white space, each with its location.
    public var planCodes: [PlanCodeReference] { PlanCodeReference.split(plan) }
}

/// One performance indicator: what shows the task is done, when, and by whom
/// when that differs from the task's bodies.
public struct Indicator: Codable, Sendable, Hashable {
    /// The Performance-indicator cell as written.
    public var text: WrittenText?
    /// The Timeline cell.
    public var timeline: Timeline?
    /// Responsible bodies given for this indicator alone, as written.
    public var bodies: WrittenText?

    public init(text: WrittenText?, timeline: Timeline? = nil, bodies: WrittenText? = nil) {
        self.text = text
        self.timeline = timeline
        self.bodies = bodies
    }
}

/// A code in a task's plan cell ("SP6"), as written, with its location.
public struct PlanCodeReference: Sendable, Hashable {
    /// The code as written.
    public var code: String
    /// Where it stands.
    public var origin: Origin

    public init(code: String, origin: Origin = .none) {
        self.code = code
        self.origin = origin
    }

    /// Splits a plan cell on white space; each code keeps the location of its first character.
    public static func split(_ cell: WrittenText?) -> [PlanCodeReference] {
        guard let cell else { return [] }
        return TextWord.split(cell.text).map { reference($0.text, $0.offset, cell.origin) }
    }

    private static func reference(_ code: String, _ offset: Int, _ origin: Origin) -> PlanCodeReference {
        PlanCodeReference(code: code, origin: origin.point(atOffset: offset).map(Origin.init) ?? .none)
    }
}
