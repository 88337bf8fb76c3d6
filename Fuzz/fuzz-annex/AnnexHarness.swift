import WPCFuzzSupport

/// libFuzzer harness of the annex-text reader: the bytes as a file, decoded
/// (UTF-8, UTF-16 or Windows-1252) and read as `wpc` reads any source (the
/// seeds are annex text, so the mutants mostly are too), then checked,
/// printed and rendered.
@_cdecl("LLVMFuzzerTestOneInput")
public func annexTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Downstream.run(fuzzInput(data, size), path: "fuzz.txt")
    return 0
}

/// The entry point SwiftPM links as `main` for the module `fuzz-annex`.
@_cdecl("fuzz_annex_main")
public func fuzzAnnexMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, annexTestOneInput)
}
