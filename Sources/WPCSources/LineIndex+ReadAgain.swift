import WPCModel

extension LineIndex {
    /// Lines `numbers` of the file at `path`, read again when the index let
    /// its bytes go (see `ReleasedText`), as an index in which every other
    /// line is empty; the index itself when it holds its text; nil when the
    /// file no longer holds the lines that were read.
    public func readingAgain(lines numbers: some Sequence<Int>, from path: String) -> LineIndex? {
        guard let released else { return self }
        return restoring(lines: numbers) { range in
            SourceFile.read(path: path, offset: released.fileOffset + range.lowerBound, count: range.count)
        }
    }
}
