/// Equal texts held once. The cells of some columns repeat through a
/// programme (the same plan codes, bodies or progress on task after task); a
/// reader hands each such cell to the pool, and texts written with the same
/// bytes then share one string's storage instead of each holding a copy.
/// Texts of 15 bytes or fewer are held inside the string value itself and
/// pass through.
public struct TextPool: Sendable {
    private var kept: Set<ExactText> = []

    /// An empty pool.
    public init() {}

    /// `text` with its string replaced by one of the same bytes seen before,
    /// if any (the origin is kept as it is); the first of its kind is kept.
    public mutating func shared(_ text: WrittenText) -> WrittenText {
        guard text.text.utf8.count > TextPool.inlineLimit else { return text }
        let (_, kept) = kept.insert(ExactText(text.text))
        var shared = text
        shared.text = kept.string
        return shared
    }

    /// The longest UTF-8 text a Swift string holds without storage of its own.
    private static let inlineLimit = 15
}
