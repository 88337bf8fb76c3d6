import WPCFuzzSupport

/// libFuzzer harness of the XML reader: the bytes as a file, decoded and read
/// as `wpc` reads any source (the seeds are XML, so the mutants mostly go to
/// libxml2's SAX2 parser with the schema validating the same events), then
/// checked, printed and rendered.
@_cdecl("LLVMFuzzerTestOneInput")
public func xmlTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Downstream.run(fuzzInput(data, size), path: "fuzz.xml")
    return 0
}

/// The entry point SwiftPM links as `main` for the module `fuzz-xml`.
@_cdecl("fuzz_xml_main")
public func fuzzXMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, xmlTestOneInput)
}
