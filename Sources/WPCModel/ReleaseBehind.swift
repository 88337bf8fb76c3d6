import CAllocator
import Dispatch

/// Frees a large value on another thread while the caller goes on.
///
/// A programme of 10,000 topics is some two million strings and arrays;
/// freeing them one by one takes a tenth of the time it took to read them,
/// time the user waits for nothing once the output is made. A command hands
/// such a value here as it lets go of it: its last reference is dropped on
/// a background thread, side by side with writing the output. The process
/// may end before that thread is done; then the system takes the memory back
/// whole, as it would anyway.
public enum ReleaseBehind {
    /// Drops `value` on a background thread. The caller must hold no other
    /// reference it still needs freed promptly: whichever reference goes last
    /// does the freeing.
    public static func release(_ value: some Sendable) {
        DispatchQueue.global(qos: .utility).async {
            withExtendedLifetime(value) {}
            // What was freed stays resident in the heaps until handed back.
            wpc_giveBackFreeMemory()
        }
    }
}
