import Foundation

/// A property every input must keep, checked in the harnesses: when it fails,
/// the harness says which and aborts, and libFuzzer saves the input as a crash.
/// (A Swift trap would do too, but says less.)
public func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    FileHandle.standardError.write(Data("fuzz expectation failed: \(message())\n".utf8))
    abort()
}
