import Foundation

extension Data {
    /// `pieces` joined into one buffer, allocated once; each piece is emptied
    /// as soon as it is copied, so a large output is never held twice.
    public init(joining pieces: inout [[UInt8]]) {
        self.init(capacity: pieces.reduce(0) { $0 + $1.count })
        for index in pieces.indices {
            append(contentsOf: pieces[index])
            pieces[index] = []
        }
    }
}
