import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts a program the way a login shell would: no signal blocked, default handlers,
/// and none of this process's descriptors but the three standard ones.
///
/// Foundation's `Process` suits short-lived children, but a child that itself leaves a
/// process behind (tmux's server) inherits the test thread's blocked signals (so it never
/// hears SIGCHLD or SIGTERM) and the descriptor `Process` watches to notice the exit.
enum CleanSpawn {
    /// Starts `path` with `arguments`; standard input and error are /dev/null and standard
    /// output is `outputFile` (or /dev/null). Returns the process id.
    static func start(_ path: String, _ arguments: [String], outputFile: String? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // glibc ignores a close that fails because another thread closed it meanwhile.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
        return pid
    }

    /// Waits for `pid` to exit and returns its exit status.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }

    /// Whether `pid` exits within `seconds` (polling); it is reaped if it does.
    static func exits(_ pid: pid_t, within seconds: Double) -> Bool {
        var status: Int32 = 0
        for _ in 0..<Int(seconds * 20) {
            if waitpid(pid, &status, WNOHANG) == pid { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Runs `path` to completion and returns what it printed.
    static func output(_ path: String, _ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        wait(try start(path, arguments, outputFile: file))
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }
}
