/// The one input libFuzzer hands a harness, as a buffer (libFuzzer may pass
/// a null pointer for an empty input).
public typealias FuzzInput = UnsafeBufferPointer<UInt8>

/// libFuzzer's callback: one input in, 0 out (any other value is reserved).
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback
) -> CInt

/// Hands the process over to libFuzzer, which parses its own flags
/// (`-max_total_time=60 CORPUS…`) and calls `callback` once per input.
/// Each harness calls this from its `<module>_main` entry point: SwiftPM links
/// an executable with `main` aliased to that symbol.
public func runFuzzer(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: FuzzCallback) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}

/// The input libFuzzer passed, as a buffer.
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> FuzzInput {
    FuzzInput(start: size > 0 ? data : nil, count: size > 0 ? size : 0)
}
