import WPCFuzzSupport
import WPCSources

/// libFuzzer harness of the XML reader: the bytes as a file, decoded and read
/// as `wpc` reads any source (the seeds are XML, so the mutants mostly go to
/// libxml2's SAX2 parser with the schema validating the same events), then
/// checked, printed and rendered.
@_cdecl("LLVMFuzzerTestOneInput")
public func xmlTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let source = Downstream.source(fuzzInput(data, size), path: "fuzz.xml") else { return 0 }
    do {
        Downstream.exercise(try SourceReader.read(source))
    } catch {
        Downstream.exercise(error, source: source)
    }
    return 0
}

/// The entry point SwiftPM links as `main` for the module `fuzz-xml`.
@_cdecl("fuzz_xml_main")
public func fuzzXMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, xmlTestOneInput)
}
