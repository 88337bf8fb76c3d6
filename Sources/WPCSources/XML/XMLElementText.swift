#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of the element being read, gathered from the parser's pieces and
/// made into a string when the element ends.
///
/// Most text stands in the source exactly as it reads (no reference, CDATA
/// section or carriage return in it): then each piece is only checked against
/// the source bytes where the element's content starts, and the string is
/// made from the source at the end, with nothing gathered on the way. Text
/// that differs from its source is gathered: short texts in one reusable
/// buffer, long ones in pieces of a megabyte filled to the brim, from which
/// the string is made at its exact length. (An array that doubles as it
/// grows held up to twice a long text, on top of the string made from it: a
/// 50 MB text node took 87 MB here before its string was made.)
struct XMLElementText {
    /// Bytes per full piece of a long gathered text.
    static let pieceSize = 1024 * 1024

    private let source: UnsafeBufferPointer<UInt8>
    /// Where the text stands in the source while it matches it; nil once it
    /// differs, or when it does not follow a start tag.
    private var mirrorStart: Int?
    private var mirrored = 0
    private var full: [[UInt8]] = []
    private var current: [UInt8] = []

    /// Gathering for a document whose bytes are `source`.
    init(source: UnsafeBufferPointer<UInt8>) { self.source = source }

    /// An element starts; its content starts at byte `content` of the source, when known.
    mutating func startElement(contentAt content: Int?) {
        clear()
        mirrorStart = content
    }

    /// Adds a piece the parser reported.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let start = mirrorStart {
            let from = start + mirrored
            if bytes.count <= source.count - from, let base = bytes.baseAddress, let origin = source.baseAddress,
               memcmp(origin + from, base, bytes.count) == 0 {
                mirrored += bytes.count
                return
            }
            // The text differs from its source from here: gather what matched, then the rest.
            mirrorStart = nil
            gather(UnsafeBufferPointer(rebasing: source[start..<from]))
        }
        gather(bytes)
    }

    /// The text gathered, decoded as UTF-8; then nothing is gathered until the next element starts.
    mutating func take() -> String {
        defer { clear() }
        if let start = mirrorStart { return String(decoding: UnsafeBufferPointer(rebasing: source[start..<(start + mirrored)]), as: UTF8.self) }
        guard !full.isEmpty else { return String(decoding: current, as: UTF8.self) }
        let total = full.count * XMLElementText.pieceSize + current.count
        return String(unsafeUninitializedCapacity: total) { target in
            var offset = 0
            for piece in full + [current] {
                piece.withUnsafeBufferPointer { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: target[offset...]).initialize(from: bytes)
                }
                offset += piece.count
            }
            return total
        }
    }

    /// Forgets the text; the short-text buffer is kept for the next element.
    mutating func clear() {
        mirrorStart = nil
        mirrored = 0
        if !full.isEmpty {
            full = []
            current = []
        } else if !current.isEmpty {
            current.removeAll(keepingCapacity: true)
        }
    }

    private mutating func gather(_ bytes: UnsafeBufferPointer<UInt8>) {
        var rest = bytes[...]
        while !rest.isEmpty {
            if current.count == XMLElementText.pieceSize {
                full.append(current)
                current = []
                current.reserveCapacity(XMLElementText.pieceSize)
            }
            let room = XMLElementText.pieceSize - current.count
            current.append(contentsOf: rest.prefix(room))
            rest = rest.dropFirst(room)
        }
    }
}
