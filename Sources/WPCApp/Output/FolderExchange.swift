import Foundation

/// Swaps two folders' names in one step: `renameat2(…, RENAME_EXCHANGE)`,
/// which Linux has had since 3.15 on the common file systems. Swift's Glibc
/// module does not declare `renameat2` (it needs `_GNU_SOURCE`), so it is
/// looked up in the C library at run time.
enum FolderExchange {
    enum Result: Equatable {
        case exchanged
        /// No exchange on this system or file system: the caller renames in two steps.
        case unsupported
        case failed(Int32)
    }

    /// Exchanges the names `a` and `b` (both must exist).
    static func exchange(_ a: String, _ b: String) -> Result {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return .unsupported }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 { return .exchanged }
        let code = errno
        return code == EINVAL || code == ENOSYS || code == ENOTSUP ? .unsupported : .failed(code)
        #else
        return .unsupported
        #endif
    }
}
