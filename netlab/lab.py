"""Network namespaces for a call across NATs, with coturn and the signaling server between.

::

    client namespace 1 (e.g. the sender)     namespace S ("the internet")
    10.1.0.2 ──veth── 10.1.0.1               lo: 192.0.2.1: coturn :3478, signaling :8765,
    client namespace 2 (a receiver)                          impairment relays
    10.2.0.2 ──veth── 10.2.0.1               ...

Each client has a route to 192.0.2.1 only. S does not forward between its veths (a new
namespace starts with ip_forward=0), and coturn is told not to relay to 10.0.0.0/8
(``denied-peer-ip``), the clients' private addresses: a client's host candidates reach neither
another client nor, through the relay, another client's host address. The only path between
two clients is relay ↔ relay through coturn, as between two peers behind symmetric NATs.

Names carry a random tag, so runs side by side do not meet; ``close()`` kills what it started
and deletes the namespaces (their veths go with them) whatever happened.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

PUBLIC_IP = "192.0.2.1"  # TEST-NET-1: nothing real answers there
TURN_PORT = 3478
SIGNAL_PORT = 8765
TURN_REALM = "photocall.test"
PRIVATE_NET = "10.0.0.0-10.255.255.255"
STATIC_USER, STATIC_PASSWORD = "alice", "wonderland"  # the static account coturn also has


def unavailable_reason() -> str | None:
    """Why this machine cannot build the lab (None: it can)."""
    if sys.platform != "linux":
        return "network namespaces need Linux"
    if os.geteuid() != 0:
        return "network namespaces need root"
    for tool, package in (("ip", "iproute2"), ("turnserver", "coturn")):
        if shutil.which(tool) is None:
            return f"{tool} not found (Debian package {package}; scripts/setup.sh --dev)"
    probe = f"pcl-probe-{os.getpid()}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"cannot make a network namespace: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


def _ip(*args: str) -> None:
    done = subprocess.run(["ip", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)}: {done.stderr.strip()}")


def python_env() -> dict[str, str]:
    """The environment of the processes the lab starts: no secret of the caller's leaks in."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PHOTOCALL_SECRET", "PHOTOCALL_TURN_SECRET")}  # fmt: skip
    env["PYTHONUNBUFFERED"] = "1"
    return env


@dataclass
class NetLab:
    """The namespaces and their servers. ``workdir``: configs and logs go here. ``clients``:
    one namespace per name (``ns(name)``), numbered in this order."""

    workdir: Path
    clients: tuple[str, ...] = ("sender", "receiver")
    tag: str = field(default_factory=lambda: secrets.token_hex(3))
    turn_secret: str = field(default_factory=lambda: secrets.token_hex(16))
    procs: list[tuple[str, subprocess.Popen[bytes]]] = field(default_factory=list)
    _made: list[str] = field(default_factory=list)

    @property
    def server(self) -> str:
        return f"pcl{self.tag}-server"

    def ns(self, client: str) -> str:
        return f"pcl{self.tag}-{client}"

    @property
    def signal_url(self) -> str:
        return f"ws://{PUBLIC_IP}:{SIGNAL_PORT}/"

    def __enter__(self) -> NetLab:
        try:
            self.up()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- building ---------------------------------------------------------------------------

    def up(self) -> None:
        """Namespaces, links, routes; coturn and the signaling server running in S."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        if not 1 <= len(self.clients) <= 200:
            raise ValueError("1 to 200 clients")
        for ns in (self.server, *map(self.ns, self.clients)):
            _ip("netns", "add", ns)
            self._made.append(ns)
            _ip("-n", ns, "link", "set", "lo", "up")
        _ip("-n", self.server, "addr", "add", f"{PUBLIC_IP}/32", "dev", "lo")
        for i, client in enumerate(self.clients, 1):
            ns, outer, inner = self.ns(client), f"pcl{self.tag}-{i}s", f"pcl{self.tag}-{i}c"
            _ip("link", "add", outer, "netns", self.server, "type", "veth", "peer", "name", inner,
                "netns", ns)  # fmt: skip
            _ip("-n", self.server, "addr", "add", f"10.{i}.0.1/24", "dev", outer)
            _ip("-n", ns, "addr", "add", f"10.{i}.0.2/24", "dev", inner)
            _ip("-n", self.server, "link", "set", outer, "up")
            _ip("-n", ns, "link", "set", inner, "up")
            _ip("-n", ns, "route", "add", f"{PUBLIC_IP}/32", "via", f"10.{i}.0.1")
        self._start_turn()
        self.start(self.server, "signal", [sys.executable, "-m", "photocall", "signal",
                                           "--host", PUBLIC_IP, "--port", str(SIGNAL_PORT),
                                           "--no-static"])  # fmt: skip
        self.wait_listening(self.server, "tcp", SIGNAL_PORT)

    def _start_turn(self) -> None:
        conf = self.workdir / "turnserver.conf"
        conf.write_text("\n".join([
            f"listening-ip={PUBLIC_IP}", f"relay-ip={PUBLIC_IP}", f"listening-port={TURN_PORT}",
            "min-port=40000", "max-port=40999", f"realm={TURN_REALM}",
            "use-auth-secret", f"static-auth-secret={self.turn_secret}",
            "fingerprint", "no-tls", "no-dtls", "no-cli", "no-multicast-peers",
            f"denied-peer-ip={PRIVATE_NET}", "simple-log", "log-file=stdout",
            f"pidfile={self.workdir / 'turnserver.pid'}",
            f"userdb={self.workdir / 'turndb.sqlite'}",
        ]) + "\n")  # fmt: skip
        self.start(self.server, "turnserver", ["turnserver", "-c", str(conf)])
        self.wait_listening(self.server, "udp", TURN_PORT)

    # --- processes --------------------------------------------------------------------------

    def start(self, ns: str, name: str, argv: list[str]) -> subprocess.Popen[bytes]:
        """Run ``argv`` in namespace ``ns``; its output goes to ``workdir/NAME.log``."""
        log = open(self.workdir / f"{name}.log", "wb")  # the child keeps its own copy
        proc = subprocess.Popen(["ip", "netns", "exec", ns, *argv], stdout=log,
                                stderr=subprocess.STDOUT, env=python_env(),
                                start_new_session=True)  # fmt: skip
        log.close()
        self.procs.append((name, proc))
        return proc

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def wait_listening(self, ns: str, proto: str, port: int, timeout_s: float = 20.0) -> None:
        """Until something in ``ns`` listens on ``port`` (``ss``), or RuntimeError with the
        logs of what died."""
        deadline = time.monotonic() + timeout_s
        flag = "-Hlun" if proto == "udp" else "-Hltn"
        while time.monotonic() < deadline:
            out = subprocess.run(["ip", "netns", "exec", ns, "ss", flag, f"sport = :{port}"],
                                 capture_output=True, text=True).stdout  # fmt: skip
            if out.strip():
                return
            for name, proc in self.procs:
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited ({proc.returncode}):\n{self.log(name)}")
            time.sleep(0.05)  # polling a condition: nothing to wait on but the kernel's table
        raise RuntimeError(f"nothing listens on {proto} port {port} in {ns} after {timeout_s} s")

    def start_relay(self, name: str, port: int, impairment: list[str]) -> Path:
        """An impairment relay (``netlab/relay.py``) in S on ``PUBLIC_IP:port`` in front of
        coturn; ``impairment``: its flags. Returns where its counters go when it stops."""
        counters = self.workdir / f"{name}.json"
        self.start(self.server, name, [sys.executable, "-m", "photocall.netlab.relay",
                                       "--listen", f"{PUBLIC_IP}:{port}",
                                       "--to", f"{PUBLIC_IP}:{TURN_PORT}",
                                       "--counters", str(counters), *impairment])  # fmt: skip
        self.wait_listening(self.server, "udp", port)
        return counters

    def stop(self, name: str, timeout_s: float = 10.0) -> int:
        """SIGTERM the process started as ``name``; its exit status."""
        for started, proc in self.procs:
            if started == name:
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGTERM)
                return proc.wait(timeout=timeout_s)
        raise KeyError(name)

    def close(self) -> None:
        for _, proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for _, proc in reversed(self.procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.procs.clear()
        for ns in reversed(self._made):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        self._made.clear()
