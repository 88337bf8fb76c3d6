import WPCModel

/// Turns byte offsets that only grow into source points, in time proportional
/// to the distance moved: the line is found by walking the line index forward.
/// A part of a package numbers its lines after the parts before it: its first
/// line is then `firstLine` (see `PackageMap`).
struct LineCursor {
    private let lines: LineIndex
    private var line = 1
    private let shift: Int

    init(_ lines: LineIndex, firstLine: Int = 1) {
        self.lines = lines
        self.shift = firstLine - 1
    }

    /// The point of byte `offset`, which must not be before the last one asked for.
    mutating func point(at offset: Int) -> SourcePoint {
        while line < lines.count, let next = lines.start(ofLine: line + 1), next <= offset { line += 1 }
        let start = lines.start(ofLine: line) ?? 0
        return SourcePoint(line: line + shift, byteColumn: offset - start + 1)
    }
}
