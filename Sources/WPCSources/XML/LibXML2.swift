import CLibXML2

/// libxml2's global state (its dictionaries' random seed and mutexes, the
/// error and memory hooks, the schema's built-in types), set up exactly once
/// before any use.
///
/// `xmlInitParser` must not run on two threads at once: a diff reads its two
/// drafts side by side, and two first calls racing leave libxml2's dictionary
/// mutex broken (both readers then wait on it for ever). A static constant's
/// initialiser runs once, and any other thread asking for it waits until it has.
enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        // The schema's built-in types (xs:string, …) are otherwise made by the
        // first schema compiled; two compiled at once (a diff reads its
        // drafts side by side) race, and one then fails to resolve xs:string.
        xmlSchemaInitTypes()
        return true
    }()

    /// Sets libxml2 up if nothing has yet; call before any other libxml2 function.
    static func initialize() {
        _ = initialized
    }
}
