import Foundation

extension SourceReader {
    /// Reads raw bytes as any source wpc reads (a Word document, annex text
    /// or XML, judged by content), returning the programme or the error. It
    /// never throws and never traps on what the bytes hold, so a fuzz harness
    /// (libFuzzer's `LLVMFuzzerTestOneInput`) can call it with each input as is.
    public static func result(of bytes: UnsafeRawBufferPointer, path: String = "input",
                              options: ReadOptions = ReadOptions()) -> Result<ReadResult, SourceError> {
        do {
            return .success(try read(Data(bytes), path: path, options: options))
        } catch {
            return .failure(error)
        }
    }
}
