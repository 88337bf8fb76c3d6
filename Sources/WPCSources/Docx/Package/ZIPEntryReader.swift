import CZlibInflate
import Foundation

/// Unpacks one ZIP entry into memory, never trusting what the archive
/// declares: the packed bytes handed to zlib are exactly the entry's (so a
/// stream that never ends stops at the entry's end, as an error), the bytes
/// unpacked are counted as they come, and the entry is refused as soon as the
/// count passes `sizeLimit` or `ratioLimit` times its packed size. The CRC-32
/// and the declared size are checked at the end.
struct ZIPEntryReader {
    /// The most one entry may unpack to.
    var sizeLimit: Int
    /// The most one entry may unpack to per packed byte, once past `ratioFloor` bytes.
    var ratioLimit: Int
    /// Below this many unpacked bytes the ratio is not looked at (small parts compress well).
    var ratioFloor = 1 << 20

    /// The unpacked bytes of `entry` in `archive`.
    /// - Throws: `ZIPProblem` when the entry is encrypted, uses another
    ///   compression method, is damaged or truncated, or unpacks past a limit.
    func read(_ entry: ZIPArchive.Entry, in archive: ZIPArchive) throws(ZIPProblem) -> [UInt8] {
        if entry.isEncrypted { throw .encrypted(entry.name) }
        if entry.uncompressedSize > sizeLimit { throw .tooLarge(entry.name, limit: sizeLimit) }
        let range = try archive.dataRange(of: entry)
        let outcome = archive.data.withUnsafeBytes { raw -> Result<[UInt8], ZIPProblem> in
            let packed = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[range])
            do throws(ZIPProblem) {
                switch entry.method {
                case 0: return .success(try stored(packed, entry))
                case 8: return .success(try inflate(packed, entry))
                default: throw ZIPProblem.unsupportedMethod(entry.name, entry.method)
                }
            } catch {
                return .failure(error)
            }
        }
        let bytes = try outcome.get()
        guard bytes.count == entry.uncompressedSize else {
            throw .corrupt(entry.name, "it unpacks to \(bytes.count) bytes where the archive says \(entry.uncompressedSize)")
        }
        let crc = bytes.withUnsafeBufferPointer { buffer in
            UInt32(truncatingIfNeeded: crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard crc == entry.crc32 else { throw .corrupt(entry.name, "its CRC-32 does not match") }
        return bytes
    }

    private func stored(_ packed: UnsafeBufferPointer<UInt8>, _ entry: ZIPArchive.Entry) throws(ZIPProblem) -> [UInt8] {
        guard packed.count <= sizeLimit else { throw .tooLarge(entry.name, limit: sizeLimit) }
        return Array(packed)
    }

    private func inflate(_ packed: UnsafeBufferPointer<UInt8>, _ entry: ZIPArchive.Entry) throws(ZIPProblem) -> [UInt8] {
        var stream = z_stream()
        guard wpc_inflateInitRaw(&stream) == Z_OK else { throw .corrupt(entry.name, "zlib could not start") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        // The declared size is a hint for the first allocation only, bounded by what the packed bytes could honestly hold.
        output.reserveCapacity(min(entry.uncompressedSize, sizeLimit, max(packed.count, 1) * 64))
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        stream.next_in = UnsafeMutablePointer(mutating: packed.baseAddress)
        stream.avail_in = uInt(packed.count)
        while true {
            let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(chunk)
                return CZlibInflate.inflate(&stream, Z_NO_FLUSH)
            }
            let produced = chunk - Int(stream.avail_out)
            if output.count + produced > sizeLimit { throw .tooLarge(entry.name, limit: sizeLimit) }
            output.append(contentsOf: buffer[0..<produced])
            if output.count > ratioFloor, output.count / max(packed.count, 1) > ratioLimit {
                throw .absurdRatio(entry.name, ratio: ratioLimit)
            }
            switch status {
            case Z_STREAM_END:
                return output
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0:
                throw .corrupt(entry.name, "its compressed data ends before the stream does (the file is cut short)")
            default:
                throw .corrupt(entry.name, "its compressed data is not valid deflate data")
            }
        }
    }
}
