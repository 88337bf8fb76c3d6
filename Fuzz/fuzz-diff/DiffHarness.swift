import WPCFuzzSupport

/// libFuzzer harness of `wpc diff`: two drafts split at a 0x1E byte, each
/// read by the reader its content calls for, aligned, diffed and reported.
@_cdecl("LLVMFuzzerTestOneInput")
public func diffTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    DraftPair.run(fuzzInput(data, size))
    return 0
}

/// The entry point SwiftPM links as `main` for the module `fuzz-diff`.
@_cdecl("fuzz_diff_main")
public func fuzzDiffMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, diffTestOneInput)
}
