//! Prism itself: installed from `prism/package-lock.json` with `npm ci`, started as one mock
//! server per API on a free loopback port, and stopped on every path (drop, errors, Ctrl-C).

use std::fs::File;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

/// How long Prism may take to read a document and listen.
const START_TIMEOUT: Duration = Duration::from_secs(120);

/// Process groups of the Prism servers running now, for the Ctrl-C handler.
static RUNNING: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// The `prism` executable, installed with `npm ci` when `prism/node_modules` lacks it.
pub fn ensure_installed(root: &Path) -> Result<PathBuf, String> {
    let dir = root.join("prism");
    let bin = dir.join("node_modules").join(".bin").join("prism");
    if bin.exists() {
        return Ok(bin);
    }
    if !dir.join("package-lock.json").is_file() {
        return Err(format!(
            "{} is missing: it pins the Prism version to install",
            dir.join("package-lock.json").display()
        ));
    }
    eprintln!("prism: installing Prism (npm ci in {})", dir.display());
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run npm (Node.js 18 or later and npm are needed for Prism): {e}"))?;
    if !status.success() {
        return Err(format!("`npm ci` in {} failed ({status})", dir.display()));
    }
    if !bin.exists() {
        return Err(format!("`npm ci` ran but {} is not there", bin.display()));
    }
    Ok(bin)
}

/// Stops every running Prism when the command is interrupted (Ctrl-C, SIGTERM, SIGHUP).
fn install_interrupt_handler() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let result = ctrlc::set_handler(|| {
            let groups = RUNNING.lock().map(|g| g.clone()).unwrap_or_default();
            for group in groups {
                signal_group(group, "TERM");
            }
            eprintln!("prism: interrupted; Prism stopped");
            std::process::exit(130);
        });
        if let Err(error) = result {
            eprintln!("prism: warning: no interrupt handler ({error}); an interrupted run may leave Prism running");
        }
    });
}

fn signal_group(group: u32, signal: &str) -> bool {
    Command::new("kill")
        .args([&format!("-{signal}"), "--", &format!("-{group}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A running Prism mock server; dropping it stops it (its whole process group).
pub struct Prism {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Prism {
    /// Starts `prism mock --errors` on `spec` and waits until it accepts connections. Its
    /// output goes to `log`.
    pub fn start(bin: &Path, spec: &Path, log: &Path, dynamic: bool) -> Result<Prism, String> {
        install_interrupt_handler();
        let port = free_port()?;
        let out = File::create(log).map_err(|e| format!("creating {}: {e}", log.display()))?;
        let err = out.try_clone().map_err(|e| e.to_string())?;
        let mut command = Command::new(bin);
        command
            .args(["mock", "--errors", "-h", "127.0.0.1", "-p", &port.to_string()])
            .args(if dynamic { &["--dynamic", "--seed", "prism-smoke"][..] } else { &[] })
            .arg(spec)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            // Its own process group, so that stopping it stops anything it started too.
            .process_group(0);
        let mut registry = RUNNING.lock().unwrap_or_else(|p| p.into_inner());
        let child = command.spawn().map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
        registry.push(child.id());
        drop(registry);
        let mut prism = Prism { child, port, log: log.to_path_buf() };
        prism.wait_ready()?;
        Ok(prism)
    }

    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn wait_ready(&mut self) -> Result<(), String> {
        let address = SocketAddr::from(([127, 0, 0, 1], self.port));
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("Prism exited ({status}) before listening:\n{}", self.log_tail(25)));
            }
            if TcpStream::connect_timeout(&address, Duration::from_millis(250)).is_ok() {
                return Ok(());
            }
            if started.elapsed() > START_TIMEOUT {
                return Err(format!(
                    "Prism did not listen within {} s:\n{}",
                    START_TIMEOUT.as_secs(),
                    self.log_tail(25)
                ));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Why Prism is no longer running, if it is not: the error it printed.
    pub fn crashed(&mut self) -> Option<String> {
        let status = self.child.try_wait().ok().flatten()?;
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let error = text.lines().find(|l| l.trim_start().starts_with("Error") || l.contains("Error:")).map(str::trim);
        Some(format!("it exited ({status}){}", error.map(|e| format!(": {e}")).unwrap_or_default()))
    }

    /// The last lines of Prism's output.
    pub fn log_tail(&self, lines: usize) -> String {
        tail(&self.log, lines)
    }

    fn stop(&mut self) {
        let group = self.child.id();
        if matches!(self.child.try_wait(), Ok(None)) {
            signal_group(group, "TERM");
            let deadline = Instant::now() + Duration::from_secs(5);
            while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(50));
            }
            if matches!(self.child.try_wait(), Ok(None)) && !signal_group(group, "KILL") {
                let _ = self.child.kill();
            }
        }
        // Reaped only now, so the group id signalled above was still ours.
        let _ = self.child.wait();
        if let Ok(mut running) = RUNNING.lock() {
            running.retain(|g| *g != group);
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        self.stop();
    }
}

pub fn tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("no free loopback port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}
