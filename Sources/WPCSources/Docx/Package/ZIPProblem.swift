/// Why a ZIP archive, or one of its entries, cannot be read. Worded here, in
/// one place, as the end of a sentence about the file ("…: the ZIP archive is
/// truncated …").
enum ZIPProblem: Error, Sendable, Equatable {
    /// No end-of-central-directory record: the file was cut short, or is not a ZIP.
    case truncated
    /// The archive's structure contradicts itself; `detail` says where.
    case damaged(String)
    /// The archive spans several disks.
    case multiDisk
    /// An entry's name climbs out of the package or is absolute.
    case unsafeName(String)
    /// Two entries have the same name.
    case duplicateName(String)
    /// An entry is encrypted (a ZIP password).
    case encrypted(String)
    /// An entry uses a compression method other than stored or deflate.
    case unsupportedMethod(String, UInt16)
    /// An entry unpacks to more than the limit.
    case tooLarge(String, limit: Int)
    /// An entry unpacks to absurdly more than it takes packed (a ZIP bomb).
    case absurdRatio(String, ratio: Int)
    /// An entry's data is cut short or not valid deflate data.
    case corrupt(String, String)

    /// The problem in words.
    var message: String {
        switch self {
        case .truncated:
            "the ZIP archive is truncated or damaged: it has no end-of-central-directory record (was the file cut short while copying?)"
        case .damaged(let detail):
            "the ZIP archive is damaged: \(detail)"
        case .multiDisk:
            "the ZIP archive spans several disks; wpc reads single-file archives only"
        case .unsafeName(let name):
            "the ZIP archive holds an entry whose name leaves the package (\"\(name)\"): refused, nothing read"
        case .duplicateName(let name):
            "the ZIP archive holds two entries named \"\(name)\"; refused, as it is unclear which one counts"
        case .encrypted(let name):
            "the part \(name) is encrypted with a ZIP password; wpc cannot read it"
        case .unsupportedMethod(let name, let method):
            "the part \(name) is compressed with method \(method); wpc reads stored and deflated parts only"
        case .tooLarge(let name, let limit):
            "the part \(name) unpacks to more than \(ZIPProblem.megabytes(limit)), the limit for one part: refused (a ZIP bomb?)"
        case .absurdRatio(let name, let ratio):
            "the part \(name) unpacks to more than \(ratio) times its packed size: refused as a ZIP bomb"
        case .corrupt(let name, let detail):
            "the part \(name) is damaged: \(detail)"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes) bytes"
    }
}
