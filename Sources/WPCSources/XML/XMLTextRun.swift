/// Gathers the pieces of text libxml2 reports inside one element before they
/// reach the schema validator.
///
/// libxml2 2.9's validator appends each piece to the element's value with
/// `xmlStrncat`, which measures the whole value again every time, so text
/// cut into many pieces costs the square of their number: 600,000 character
/// references (`&#38;`) in one element took 2.9 s, 3 million took 77 s. Passed
/// on in pieces each at least as long as everything passed before it in the
/// element (and at least 64 kB), the validator measures at most twice the
/// text's length. The first few pieces of an element go through uncopied (most
/// elements have one piece: their text is never copied), and so does a long
/// piece with nothing waiting; the few measure the text a few times more at most.
struct XMLTextRun {
    /// Pieces are gathered until there are at least this many bytes.
    static let smallest = 64 * 1024

    private var pending: [UInt8] = []
    /// Whether a CDATA section is among the pending pieces (the validator
    /// tells CDATA from text only in element-only content, where any CDATA
    /// and any text but white space are errors alike).
    private var pendingHasCDATA = false
    /// Bytes passed on since the current element started or ended.
    private var passed = 0
    /// Pieces passed on as they came since the current element started or ended.
    private var direct = 0
    /// How many pieces of an element are passed on as they come, before gathering starts.
    static let directPieces = 4

    /// Text reported by the parser; `pass` receives what is to go on now.
    mutating func add(_ bytes: UnsafePointer<UInt8>, count: Int, cdata: Bool, pass: (UnsafePointer<UInt8>, Int, Bool) -> Void) {
        let wanted = max(XMLTextRun.smallest, passed)
        if pending.isEmpty, count >= wanted || direct < XMLTextRun.directPieces {
            passed += count
            direct += 1
            pass(bytes, count, cdata)
            return
        }
        pending.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        pendingHasCDATA = pendingHasCDATA || cdata
        if pending.count >= wanted { flush(pass) }
    }

    /// An element starts or ends: what is pending goes on, and the count starts again.
    mutating func boundary(_ pass: (UnsafePointer<UInt8>, Int, Bool) -> Void) {
        flush(pass)
        passed = 0
        direct = 0
    }

    private mutating func flush(_ pass: (UnsafePointer<UInt8>, Int, Bool) -> Void) {
        guard !pending.isEmpty else { return }
        passed += pending.count
        let cdata = pendingHasCDATA
        pending.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { pass(base, buffer.count, cdata) }
        }
        // A buffer grown for one long text is not kept for the rest of the document.
        pending.removeAll(keepingCapacity: pending.capacity <= 4 * XMLTextRun.smallest)
        pendingHasCDATA = false
    }
}
