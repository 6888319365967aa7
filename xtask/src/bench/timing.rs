//! Running a command several times: wall time of each run, the median, and the peak resident
//! memory of the process tree (from GNU time's `%M`, when `/usr/bin/time` is there).

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The figures of a command run several times, all successful.
#[derive(Debug, Clone)]
pub struct Sample {
    pub median: Duration,
    /// Fastest and slowest run, to judge the noise.
    pub min: Duration,
    pub max: Duration,
    /// Largest peak resident set of all runs, in KiB.
    pub peak_kb: Option<u64>,
}

impl Sample {
    pub fn from_runs(mut runs: Vec<Duration>, peak_kb: Option<u64>) -> Self {
        runs.sort();
        let median = match runs.len() {
            0 => Duration::ZERO,
            n if n % 2 == 1 => runs[n / 2],
            n => (runs[n / 2 - 1] + runs[n / 2]) / 2,
        };
        let min = runs.first().copied().unwrap_or_default();
        let max = runs.last().copied().unwrap_or_default();
        Sample { median, min, max, peak_kb }
    }
}

/// How peak memory is read.
pub enum MemoryTool {
    /// GNU time at this path (`-f %M -o FILE`).
    GnuTime(PathBuf),
    /// Not measured, and why.
    Missing(String),
}

impl MemoryTool {
    pub fn note(&self) -> String {
        match self {
            MemoryTool::GnuTime(path) => {
                format!("peak memory: maximum resident set size from `{} -f %M`", path.display())
            }
            MemoryTool::Missing(why) => format!("peak memory: not measured ({why})"),
        }
    }

    fn path(&self) -> Option<PathBuf> {
        match self {
            MemoryTool::GnuTime(path) => Some(path.clone()),
            MemoryTool::Missing(_) => None,
        }
    }
}

/// Finds GNU time; installs it with apt-get when missing (not in quick mode).
pub fn peak_memory_tool(quick: bool) -> MemoryTool {
    let path = PathBuf::from("/usr/bin/time");
    let works = |path: &Path| {
        Command::new(path)
            .args(["-f", "%M", "true"])
            .output()
            .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stderr).trim().parse::<u64>().is_ok())
    };
    if works(&path) {
        return MemoryTool::GnuTime(path);
    }
    if quick {
        return MemoryTool::Missing("/usr/bin/time (GNU time) missing; --quick does not install it".to_owned());
    }
    super::step("installing GNU time (apt-get install -y time)");
    let installed =
        Command::new("apt-get").args(["install", "-y", "-q", "time"]).output().is_ok_and(|o| o.status.success());
    if installed && works(&path) {
        MemoryTool::GnuTime(path)
    } else {
        MemoryTool::Missing("/usr/bin/time (GNU time) missing and `apt-get install -y time` failed".to_owned())
    }
}

/// Runs commands with their output in log files under `logs/`.
pub struct Timer {
    time: Option<PathBuf>,
    logs: PathBuf,
}

impl Timer {
    pub fn new(memory: &MemoryTool, logs: PathBuf) -> Self {
        Timer { time: memory.path(), logs }
    }

    /// The log of the last run labelled `label`.
    pub fn log(&self, label: &str) -> PathBuf {
        let name: String =
            label.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '_' }).collect();
        self.logs.join(format!("{name}.log"))
    }

    /// Runs `make()` `runs` times, calling `prepare` (untimed) before each run. Stops at the
    /// first failure, whose reason (the command's own error line) is the `Err`.
    pub fn measure(
        &self,
        label: &str,
        runs: usize,
        timeout: Duration,
        mut prepare: impl FnMut() -> Result<(), String>,
        make: impl Fn() -> Command,
    ) -> Result<Sample, String> {
        let log = self.log(label);
        let memory_file = log.with_extension("maxrss");
        let mut times = Vec::new();
        let mut peak: Option<u64> = None;
        for _ in 0..runs.max(1) {
            prepare()?;
            let mut command = make();
            if let Some(time) = &self.time {
                command = wrapped(time, &memory_file, &command);
            }
            let outcome = run_logged(&mut command, &log, timeout)?;
            if !outcome.success {
                return Err(failure_reason(&log));
            }
            times.push(outcome.elapsed);
            if self.time.is_some() {
                if let Some(kb) = read_peak(&memory_file) {
                    peak = Some(peak.map_or(kb, |p| p.max(kb)));
                }
            }
        }
        Ok(Sample::from_runs(times, peak))
    }
}

/// `time -f %M -o FILE program args...`, with the same directory and environment.
fn wrapped(time: &Path, memory_file: &Path, command: &Command) -> Command {
    let mut outer = Command::new(time);
    outer.args(["-f", "%M", "-o"]).arg(memory_file).arg(command.get_program()).args(command.get_args());
    if let Some(dir) = command.get_current_dir() {
        outer.current_dir(dir);
    }
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => outer.env(key, value),
            None => outer.env_remove(key),
        };
    }
    outer
}

/// GNU time writes `Command exited with non-zero status N` before the figure on failure.
fn read_peak(file: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(file).ok()?;
    text.lines().rev().find_map(|line| line.trim().parse().ok())
}

/// How a command ended.
pub struct Finished {
    pub success: bool,
    pub elapsed: Duration,
}

/// Runs `command` with stdout and stderr in `log` (replaced), in its own process group, killing
/// the group after `timeout`.
pub fn run_logged(command: &mut Command, log: &Path, timeout: Duration) -> Result<Finished, String> {
    let program = command.get_program().to_string_lossy().into_owned();
    let file = File::create(log).map_err(|e| format!("creating {}: {e}", log.display()))?;
    let file2 = file.try_clone().map_err(|e| format!("{}: {e}", log.display()))?;
    command.stdin(std::process::Stdio::null()).stdout(file).stderr(file2).process_group(0);
    let start = Instant::now();
    let mut child = command.spawn().map_err(|e| format!("could not start `{program}`: {e}"))?;
    let pid = child.id();
    let (send, receive) = mpsc::channel::<std::io::Result<ExitStatus>>();
    std::thread::spawn(move || {
        let _ = send.send(child.wait());
    });
    let status = match receive.recv_timeout(timeout) {
        Ok(status) => status.map_err(|e| format!("waiting for `{program}`: {e}"))?,
        Err(_) => {
            // The whole group: wrappers (GNU time, the Python launcher) and what they started.
            let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).status();
            let _ = receive.recv();
            return Err(format!("timed out after {} s", timeout.as_secs()));
        }
    };
    Ok(Finished { success: status.success(), elapsed: start.elapsed() })
}

/// One line saying why a command failed, from its log: the first error-looking line (for a Rust
/// panic, the message on the line after; for a Java exception, without the package names), else
/// the last line.
pub fn failure_reason(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let is_error = |line: &str| {
        let lower = line.to_ascii_lowercase();
        // progenitor says `gen fail: ...` before a bare `Error: generation experienced errors`.
        ["error", "exception", "gen fail"].iter().any(|p| lower.starts_with(p)) || lower.contains("panicked at")
    };
    let reason = match lines.iter().position(|l| is_error(l)) {
        Some(i) if lines[i].contains("panicked at") => {
            lines.get(i + 1).map_or_else(|| lines[i].to_owned(), |next| format!("panic: {next}"))
        }
        Some(i) => java_exception(lines[i]),
        None => lines.last().map_or_else(|| "no output".to_owned(), |l| (*l).to_owned()),
    };
    shorten(&reason, 100)
}

/// `Exception in thread "main" org.openapitools.codegen.SpecValidationException: ...` ->
/// `SpecValidationException: ...`; other lines unchanged.
fn java_exception(line: &str) -> String {
    let Some(rest) = line.strip_prefix("Exception in thread \"main\" ") else { return line.to_owned() };
    let (class, message) = rest.split_once(':').unwrap_or((rest, ""));
    let class = class.rsplit('.').next().unwrap_or(class);
    format!("{class}:{message}")
}

/// At most `max` characters, with `...` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_min_max() {
        let ms = Duration::from_millis;
        let sample = Sample::from_runs(vec![ms(5), ms(1), ms(3)], None);
        assert_eq!((sample.median, sample.min, sample.max), (ms(3), ms(1), ms(5)));
        assert_eq!(Sample::from_runs(vec![ms(4), ms(2)], None).median, ms(3));
    }

    #[test]
    fn java_exceptions_lose_their_package() {
        let line = "Exception in thread \"main\" org.openapitools.codegen.SpecValidationException: bad";
        assert_eq!(java_exception(line), "SpecValidationException: bad");
        assert_eq!(java_exception("error: other"), "error: other");
    }
}
