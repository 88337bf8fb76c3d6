/// How sources are read: the limits that guard against hostile files, and
/// which view of a Word document with tracked changes is taken.
public struct ReadOptions: Sendable, Hashable {
    /// The largest source file read: 256 MB.
    public var sizeLimit: Int
    /// The most one part of a Word package may unpack to: 200 MB.
    public var partSizeLimit: Int
    /// The most a part may unpack to per packed byte (beyond its first megabyte).
    public var compressionRatioLimit: Int
    /// Tracked changes accepted (the default) or rejected (`--as-original`).
    public var trackedChanges: TrackedChangesView
    /// Whether the source's text is kept once read (the default). When
    /// false, an annex export read from a regular UTF-8 file lets its bytes
    /// go as the reader passes them, so that the text and the programme are
    /// never both held whole; its line index still locates every finding,
    /// and the lines a printer shows are read again from the file
    /// (`LineIndex.restoring`). `wpc check` reads so.
    public var keepsText = true

    /// Options with the default limits and the accepted view.
    public init(sizeLimit: Int = SourceText.defaultSizeLimit, partSizeLimit: Int = 200 * 1024 * 1024,
                compressionRatioLimit: Int = 200, trackedChanges: TrackedChangesView = .accepted) {
        self.sizeLimit = sizeLimit
        self.partSizeLimit = partSizeLimit
        self.compressionRatioLimit = compressionRatioLimit
        self.trackedChanges = trackedChanges
    }
}
