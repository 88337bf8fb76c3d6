import WPCApp
import WPCModel

/// The bundled labels, for tests that render or extract.
public enum TestLabels {
    /// The bundled English labels.
    public static let english = load(.en)
    /// The bundled French labels.
    public static let french = load(.fr)

    private static func load(_ language: Language) -> Labels {
        do { return try RenderJob.labels(templates: nil, language: language) } catch {
            preconditionFailure("the bundled labels cannot be read: \(error)")
        }
    }
}
