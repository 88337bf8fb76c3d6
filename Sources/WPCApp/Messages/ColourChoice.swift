/// When wpc colours what it prints: the one rule every command follows.
/// `auto` colours only a terminal, and not when `NO_COLOR` is set to
/// anything (https://no-color.org) or the terminal is `dumb`.
public enum ColourChoice: String, Sendable, CaseIterable {
    case auto, always, never

    /// Whether to colour a stream that is (or is not) a terminal, in `environment`.
    public func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
