import Dispatch
import Foundation

/// The progress of a long command on a terminal: nothing for the first half
/// second, then one line, redrawn in place, saying what is being done and
/// how far along the command is ("wpc build: [12/41] writing
/// extracts/body-imsc.annex.html  3.1 s"). The line is cleared when the
/// command ends, so the summary line takes its place. When the stream is
/// not a terminal (a log, a pipe), nothing is drawn: no control codes ever
/// reach a file.
public final class ProgressDisplay: @unchecked Sendable {
    private let command: String
    private let descriptor: Int32
    private let enabled: Bool
    private let delay: Double
    private let started = DispatchTime.now()
    private let queue = DispatchQueue(label: "wpc.progress")
    private var timer: DispatchSourceTimer?
    private var step: ProgressStep?
    private var shown = false
    private var stopped = false

    /// A display for `command` on `descriptor` (standard error); it draws only
    /// when `enabled` (the stream is a terminal and the user did not ask for quiet).
    public init(command: String, descriptor: Int32 = STDERR_FILENO, enabled: Bool, delay: Double = 0.5) {
        self.command = command
        self.descriptor = descriptor
        self.enabled = enabled
        self.delay = delay
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + delay, repeating: 0.2)
        timer.setEventHandler { [weak self] in self?.tick() }
        self.timer = timer
        timer.resume()
    }

    /// Seconds since the display was made (the command started).
    public var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    }

    /// Tells the display the step now under way.
    public var handler: ProgressHandler {
        { [self] step in
            guard enabled else { return }
            queue.async { [self] in
                self.step = step
                if shown { draw() }
            }
        }
    }

    /// Clears the line; returns whether it was ever shown (the command ran
    /// long enough on a terminal to earn a summary line).
    @discardableResult
    public func stop() -> Bool {
        guard enabled else { return false }
        return queue.sync {
            timer?.cancel()
            stopped = true
            if shown { write("\r\u{1B}[K") }
            return shown
        }
    }

    private func tick() {
        guard !stopped, elapsed >= delay else { return }
        shown = true
        draw()
    }

    private func draw() {
        guard !stopped else { return }
        var text = "wpc \(command):"
        if let step {
            if step.total > 0 { text += " [\(min(step.done + 1, step.total))/\(step.total)]" }
            text += " \(step.doing)"
        }
        let seconds = String(format: "%.1f s", elapsed)
        let width = max(20, columns - 1)
        let room = width - seconds.count - 2
        if text.count > room { text = String(text.prefix(max(0, room - 1))) + "…" }
        write("\r\u{1B}[K" + text + "  " + seconds)
    }

    private var columns: Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }

    private func write(_ text: String) {
        _ = OutputFile.writeAll(Data(text.utf8), to: descriptor)
    }

    /// "2.3 s", as summary lines print a duration.
    public static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
}
