import WPCFuzzSupport

/// libFuzzer harness of the Word (.docx) reader: a package as it stands, or
/// its parts packed with correct checksums (see `WordParts`), read as `wpc`
/// reads any source, then checked, printed and rendered.
@_cdecl("LLVMFuzzerTestOneInput")
public func docxTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let package = WordParts.package(fuzzInput(data, size))
    package.withUnsafeBufferPointer { Downstream.run($0, path: "fuzz.docx") }
    return 0
}

/// The entry point SwiftPM links as `main` for the module `fuzz-docx`.
@_cdecl("fuzz_docx_main")
public func fuzzDocxMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, docxTestOneInput)
}
