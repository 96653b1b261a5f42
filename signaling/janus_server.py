"""A local Janus for tests, benchmarks and trying an SFU call on one machine.

    with LocalJanus() as janus:       # writes a config, starts `janus`, waits for its API
        url = janus.url               # ws://127.0.0.1:PORT/

The config (a temporary folder passed with ``--configs-folder``) loads only what a call needs:
the VideoRoom plugin and the WebSocket transport, from folders of links to those two libraries
(Janus loads every library in its plugin and transport folders). Janus listens on loopback;
its ICE candidates are those of the machine's interfaces (libnice skips ``lo``), media ports from
a small range. Janus 1.1.2 from
Debian (``apt-get install janus``), built with usrsctp, relays data channels.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from photocall.shared.errors import UserError

LIB_DIRS = (Path("/usr/lib/x86_64-linux-gnu/janus"), Path("/usr/lib/aarch64-linux-gnu/janus"),
            Path("/usr/lib/janus"), Path("/usr/local/lib/janus"), Path("/opt/janus/lib/janus"))  # fmt: skip
PLUGIN = "libjanus_videoroom.so"
TRANSPORT = "libjanus_websockets.so"
START_TIMEOUT_S = 15.0


def janus_binary() -> str | None:
    return shutil.which("janus")


def janus_libraries() -> Path | None:
    """The folder holding Janus's ``plugins/`` and ``transports/``, or None."""
    for folder in LIB_DIRS:
        if (folder / "plugins" / PLUGIN).exists() and (folder / "transports" / TRANSPORT).exists():
            return folder
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(folder: Path, libraries: Path, ws_port: int, rtp_ports: tuple[int, int]) -> None:
    """Janus's config files in ``folder``: core, VideoRoom (no rooms: clients create them),
    WebSocket transport on 127.0.0.1:``ws_port``."""
    for kind, name in (("plugins", PLUGIN), ("transports", TRANSPORT)):
        (folder / kind).mkdir()
        (folder / kind / name).symlink_to(libraries / kind / name)
    (folder / "none").mkdir()  # no event handlers, no loggers
    (folder / "janus.jcfg").write_text(f"""general: {{
    configs_folder = "{folder}"
    plugins_folder = "{folder / "plugins"}"
    transports_folder = "{folder / "transports"}"
    events_folder = "{folder / "none"}"
    loggers_folder = "{folder / "none"}"
    debug_level = 3
    session_timeout = 60
}}
media: {{
    rtp_port_range = "{rtp_ports[0]}-{rtp_ports[1]}"
}}
nat: {{
    ignore_mdns = true
}}
events: {{
    broadcast = false
}}
""")
    (folder / "janus.plugin.videoroom.jcfg").write_text("general: {\n}\n")
    (folder / "janus.transport.websockets.jcfg").write_text(f"""general: {{
    json = "compact"
    ws = true
    ws_port = {ws_port}
    ws_ip = "127.0.0.1"
    wss = false
}}
admin: {{
    admin_ws = false
    admin_wss = false
}}
""")


class LocalJanus:
    """``janus`` on loopback with a config of its own; stopped (and its folder removed) on exit,
    whatever happened. UserError when Janus is not installed or does not come up."""

    def __init__(self, log_path: Path | None = None) -> None:
        self.log_path = log_path
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._folder: Path | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    def __enter__(self) -> LocalJanus:
        binary, libraries = janus_binary(), janus_libraries()
        if binary is None or libraries is None:
            raise UserError("Janus is not installed (Debian: apt-get install janus)")
        try:
            self._start(binary, libraries)
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self, binary: str, libraries: Path) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="photocall-janus-"))
        self.port = free_port()
        low = 20000 + (os.getpid() * 37 + self.port) % 30000
        write_config(self._folder, libraries, self.port, (low, low + 999))
        log = self.log_path or self._folder / "janus.log"
        with open(log, "wb") as out:
            self.process = subprocess.Popen(
                [binary, "--configs-folder", str(self._folder), "--disable-colors",
                 "--debug-timestamps"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise UserError(f"janus exited with {self.process.returncode}: "
                                f"{log.read_text(errors='replace')[-2000:]}")  # fmt: skip
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 0.2),
            ):
                return
            time.sleep(0.05)
        raise UserError(f"janus did not listen on port {self.port} within {START_TIMEOUT_S:g} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.stop()
