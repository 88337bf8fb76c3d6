/// The version `wpc --version` prints.
public enum WPCVersion {
    public static let current = "0.1.0"
}
