"""``photocall bench sfu``: one sender to 1, 5, 10 and 20 receivers through a local Janus, beside a
mesh of 2, 4 and 8 peers (1 sender, the rest receivers) over the signaling server.

The sender (this process) replays the live pipeline's packets of the demo passage (40 ms packets,
protocol v2, 16 kbit/s Opus) in real time. Each receiver is its own process
(``sfu_worker.py``) that decodes every packet (msgpack, v2 motion, Opus) but does not render, so
20 of them fit on two cores; rendering is measured apart, per face, with the default renderer.

Per setup: the sender's upload (every byte it put on its data channels while streaming: media,
heartbeats, photo resends), one-way latency from the sender's send call to a receiver's
arrival (CLOCK_MONOTONIC in both processes; the mesh is the direct path, the SFU adds a hop),
packets that did not arrive, each receiver's CPU (a fraction of one core, process time over the
streaming time) and Janus's own CPU.
"""

from __future__ import annotations

import asyncio
import json
import logging
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from photocall.shared import protocol
from photocall.shared.codec import SAMPLE_RATE

PACKET_MS = 40
BITRATE = 16_000
FPS = 25
READY_TIMEOUT_S = 180.0
BYE_TIMEOUT_S = 20.0
IDLE_TIMEOUT_S = 30.0  # links survive seconds-long stalls of 20 processes on 2 busy cores


@dataclass(frozen=True)
class SetupResult:
    """One setup. mode: sfu or mesh; peers: everyone in the room (1 sender + receivers).
    upload_kbps: the sender's payload bit/s while streaming. latency_ms_p50/p95: send -> arrival
    over every packet and receiver. lost: packets sent that some receiver never got (summed).
    receiver_cpu: median over receivers of CPU time / streaming time (1.0 = one core busy).
    janus_cpu: Janus's CPU time / streaming time (sfu only). photo_resends: intros the sender
    sent after its first (sfu: receivers' announcements, coalesced). stragglers: receivers
    stopped because they never saw the Bye. udp_rcvbuf_drops: UDP datagrams the kernel dropped
    for a full socket buffer while streaming (the whole machine's count: a starved receiver's
    socket overflows; on the SFU's reliable leg each drop is a retransmission that holds up
    every packet behind it). latency_ms_p50_late/p95_late: the same over the second half of the
    stream only (after what the joins queued has drained). photo_kb_per_receiver: photo bytes a
    receiver got, first copy and resends (on the SFU's reliable channel, media waits behind
    them)."""

    mode: str
    peers: int
    receivers: int
    seconds: float
    upload_kbps: float
    latency_ms_p50: float
    latency_ms_p95: float
    lost: int
    receiver_cpu: float | None
    janus_cpu: float | None
    photo_resends: int
    stragglers: int = 0
    udp_rcvbuf_drops: int | None = None
    latency_ms_p50_late: float | None = None
    latency_ms_p95_late: float | None = None
    photo_kb_per_receiver: float | None = None


async def _finish(workers: list) -> int:
    """Wait for the receivers to see the Bye and exit; stop those that do not (a link lost
    under load) with SIGTERM, so they report what they got. How many had to be stopped."""
    waits = [asyncio.ensure_future(w.wait()) for w in workers]
    _, pending = await asyncio.wait(waits, timeout=BYE_TIMEOUT_S)
    for worker in workers:
        if worker.returncode is None:
            worker.terminate()
    if pending:
        await asyncio.wait(pending, timeout=30)
    return len(pending)


class _BenchSender:
    """The sender's role as ``sender/session.py`` plays it, without the audio source: an intro
    (Hello, photo, ClockSync) on every link_open, ClockSync as heartbeat."""

    def __init__(self, photo: bytes) -> None:
        self.intro = [protocol.encode(protocol.Hello("bench", ("opus", "photo", "v2")))]
        self.intro += [protocol.encode(c) for c in protocol.photo_chunks(photo, 1)]
        self.intros = 0

    def link_open(self, link) -> None:
        self.intros += 1
        for data in self.intro:
            link.send_control(data)
        link.send_control(self.heartbeat())

    def link_message(self, link, channel: str, data: bytes | str) -> None:
        pass

    def link_closed(self, link, reason: str) -> None:
        pass

    def heartbeat(self) -> bytes:
        return protocol.encode(protocol.ClockSync(0, time.monotonic_ns()))


def _udp_rcvbuf_errors() -> int | None:
    """The kernel's count of UDP datagrams dropped for a full receive buffer (Linux)."""
    try:
        lines = [line.split() for line in Path("/proc/net/snmp").read_text().splitlines()]
    except OSError:
        return None
    header, values = [line for line in lines if line and line[0] == "Udp:"][:2]
    return int(values[header.index("RcvbufErrors")])


def _cpu_s(pid: int) -> float:
    """user + system CPU seconds of process ``pid`` (Linux /proc)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _Processes:
    """The receivers as processes (``sfu_worker.py``): each one's CPU time is its own."""

    def __init__(self, mode: str, url: str, room: str, count: int, folder: Path) -> None:
        self.args = (mode, url, room)
        self.outs = [folder / f"{mode}-{room}-{i}.json" for i in range(count)]
        self.workers: list[asyncio.subprocess.Process] = []

    async def start(self) -> None:
        mode, url, room = self.args
        for i, out in enumerate(self.outs):
            self.workers.append(await asyncio.create_subprocess_exec(
                sys.executable, "-m", "photocall.benchmarks.sfu_worker", "--mode", mode,
                "--url", url, "--room", room, "--index", str(i), "--out", str(out),
                "--sender", "send-bench", stdout=asyncio.subprocess.PIPE,
            ))  # fmt: skip
        for worker in self.workers:
            assert worker.stdout is not None
            line = await asyncio.wait_for(worker.stdout.readline(), READY_TIMEOUT_S)
            if line.strip() != b"ready":
                raise RuntimeError(f"a {mode} receiver did not get ready ({worker.returncode})")

    async def finish(self) -> int:
        return await _finish(self.workers)

    async def stop(self) -> None:
        for worker in self.workers:
            if worker.returncode is None:
                worker.kill()
                await worker.wait()

    def results(self) -> list[dict]:
        return [json.loads(out.read_text()) for out in self.outs]


class _InProcess:
    """The receivers as rooms in this process (one event loop for all: no CPU per receiver)."""

    def __init__(self, url: str, room: str, count: int) -> None:
        from photocall.benchmarks.sfu_worker import CountingRole
        from photocall.shared.peer_state import MeshConfig
        from photocall.shared.sfu import SfuRoom
        from photocall.signaling.janus import JanusClient

        self.roles = [CountingRole(None) for _ in range(count)]
        self.rooms = [
            SfuRoom(MeshConfig("", room, f"recv-{i:03d}", idle_timeout_s=IDLE_TIMEOUT_S), role,
                    JanusClient, sfu_url=url, name=f"recv-{i:03d}", publish=False)
            for i, role in enumerate(self.roles)
        ]  # fmt: skip

    async def start(self) -> None:
        for room in self.rooms:
            await room.start()
        for role in self.roles:
            await asyncio.wait_for(role.ready.wait(), READY_TIMEOUT_S)

    async def finish(self) -> int:
        waits = [asyncio.ensure_future(role.done.wait()) for role in self.roles]
        _, pending = await asyncio.wait(waits, timeout=BYE_TIMEOUT_S)
        for wait in pending:
            wait.cancel()
        return len(pending)

    async def stop(self) -> None:
        for room in self.rooms:
            await room.close()

    def results(self) -> list[dict]:
        return [{"arrivals": r.arrivals, "cpu_s": 0.0, "wall_s": 1.0,
                 "photo_bytes": r.photo_bytes} for r in self.roles]  # fmt: skip


async def _setup(mode: str, url: str, receivers: int, stream: list[tuple[int, bytes]],
                 janus_pid: int | None, folder: Path, room: str) -> SetupResult:  # fmt: skip
    """``mode``: sfu, sfu-1proc (the receivers in this process) or mesh."""
    from photocall.shared.peer_state import MeshConfig
    from photocall.shared.photo_check import default_photo_bytes
    from photocall.shared.sfu import SfuRoom, join_room
    from photocall.signaling.client import SignalingClient
    from photocall.signaling.janus import JanusClient

    role = _BenchSender(default_photo_bytes())
    sfu = None if mode == "mesh" else url
    config = MeshConfig(url, room, "send-bench", idle_timeout_s=IDLE_TIMEOUT_S)
    links = join_room(config, role, SignalingClient, sfu_url=sfu,
                      sfu=JanusClient, name="bench", publish=True)  # fmt: skip
    await links.start()
    group: _Processes | _InProcess = (
        _InProcess(url, room, receivers) if mode == "sfu-1proc"
        else _Processes(mode, url, room, receivers, folder)
    )  # fmt: skip
    try:
        await group.start()
        if isinstance(links, SfuRoom):  # the last announcements' resend, before timing starts
            await asyncio.sleep(links.resend_s + 0.2)
        intros = role.intros
        sent_ns: dict[int, int] = {}
        tx0 = sum(link.counters.tx_bytes for link in links.links.values())
        janus0 = _cpu_s(janus_pid) if janus_pid else 0.0
        drops0 = _udp_rcvbuf_errors()
        start = time.monotonic()
        for i, (seq, data) in enumerate(stream):
            await asyncio.sleep(max(0.0, start + i * PACKET_MS / 1000 - time.monotonic()))
            sent_ns[seq] = time.monotonic_ns()
            for link in links.open_links():
                link.send_media(data)
        seconds = time.monotonic() - start
        tx1 = sum(link.counters.tx_bytes for link in links.links.values())
        janus_cpu = (_cpu_s(janus_pid) - janus0) / seconds if janus_pid else None
        drops1 = _udp_rcvbuf_errors()
        for link in links.open_links():
            link.send_control(protocol.encode(protocol.Bye("bench done")))
        stragglers = await group.finish()
    finally:
        await group.stop()
        await links.close()
    latencies, late, cpus, photo, lost = [], [], [], [], 0
    half = sorted(sent_ns)[len(sent_ns) // 2]
    for got in group.results():
        seen = {seq for seq, _ in got["arrivals"]}
        lost += sum(seq not in seen for seq in sent_ns)
        for seq, ns in got["arrivals"]:
            if seq in sent_ns:
                latencies.append((ns - sent_ns[seq]) / 1e6)
                if seq >= half:
                    late.append(latencies[-1])
        cpus.append(got["cpu_s"] / max(got["wall_s"], 1e-9))
        photo.append(got["photo_bytes"] / 1000)
    q = statistics.quantiles(latencies, n=100)
    q_late = statistics.quantiles(late, n=100)
    return SetupResult(
        mode=mode, peers=receivers + 1, receivers=receivers, seconds=round(seconds, 2),
        upload_kbps=round((tx1 - tx0) * 8 / seconds / 1000, 2),
        latency_ms_p50=round(q[49], 2), latency_ms_p95=round(q[94], 2), lost=lost,
        receiver_cpu=None if mode == "sfu-1proc" else round(statistics.median(cpus), 4),
        janus_cpu=None if janus_cpu is None else round(janus_cpu, 4),
        photo_resends=role.intros - intros, stragglers=stragglers,
        udp_rcvbuf_drops=None if drops0 is None or drops1 is None else drops1 - drops0,
        latency_ms_p50_late=round(q_late[49], 2), latency_ms_p95_late=round(q_late[94], 2),
        photo_kb_per_receiver=round(statistics.fmean(photo), 1),
    )  # fmt: skip


def _stream(seconds: float) -> tuple[list[tuple[int, bytes]], list]:
    """The live pipeline's v2 packets of the demo passage's first ``seconds``, and its motion."""
    from photocall.benchmarks.call import run_sender_encoders, speech_pcm
    from photocall.demo import DEMO_TEXT
    from photocall.shared.media_v2 import MediaEncoderV2

    pcm = speech_pcm(DEMO_TEXT)[: int(seconds * SAMPLE_RATE)]
    run = run_sender_encoders(pcm, PACKET_MS, BITRATE)
    v2 = MediaEncoderV2()
    return [(p.seq, protocol.encode(v2.encode(p))) for p in run.packets], run.motion


async def _all(counts: tuple[int, ...], shared: tuple[int, ...], mesh: tuple[int, ...], stream,
               folder: Path) -> tuple[list[SetupResult], list[str]]:  # fmt: skip
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.janus_server import LocalJanus
    from photocall.signaling.server import serve

    rows: list[SetupResult] = []
    failed: list[str] = []
    with LocalJanus(folder / "janus.log") as janus:
        assert janus.process is not None
        for i, n in enumerate(counts):
            await _try(rows, failed, _setup("sfu", janus.url, n, stream, janus.process.pid,
                                            folder, str(100 + i)), f"sfu, {n} receivers")  # fmt: skip
        for i, n in enumerate(shared):
            await _try(rows, failed, _setup("sfu-1proc", janus.url, n, stream,
                                            janus.process.pid, folder, str(200 + i)),
                       f"sfu, {n} receivers in one process")  # fmt: skip
    server = await serve(SignalingConfig(port=0))
    try:
        for peers in mesh:
            await _try(rows, failed, _setup("mesh", server.url, peers - 1, stream, None, folder,
                                             f"mesh-{peers}"), f"mesh of {peers}")  # fmt: skip
    finally:
        await server.close()
    return rows, failed


async def _try(rows: list, failed: list, setup, name: str) -> None:
    """One setup; a failure is recorded (and logged), and the bench goes on."""
    try:
        rows.append(await setup)
    except Exception as exc:  # noqa: BLE001 - one setup lost under load must not lose the rest
        logging.getLogger(__name__).warning("bench sfu: %s failed: %r", name, exc)
        failed.append(f"{name}: {exc!r}")


def run(out_dir: Path, quick: bool) -> dict:
    from photocall.benchmarks.call import render_motion

    seconds = 3.0 if quick else 10.0
    counts, mesh = ((1, 3), (2, 3)) if quick else ((1, 5, 10, 20), (2, 4, 8))
    shared = (3,) if quick else (10, 20)  # the same receivers in one process: no scheduling
    stream, motion = _stream(seconds)
    render = render_motion(motion, 12 if quick else 40)
    with tempfile.TemporaryDirectory(prefix="photocall-bench-sfu-") as folder:
        rows, failed = asyncio.run(_all(counts, shared, mesh, stream, Path(folder)))
    direct = next((r.latency_ms_p50 for r in rows if r.mode == "mesh" and r.peers == 2), None)
    via_sfu = next((r.latency_ms_p50 for r in rows if r.mode == "sfu" and r.receivers == 1), None)
    return {
        "setups": [asdict(r) for r in rows],
        "failed": failed,
        "render_cpu_ms_per_frame": round(render.render_cpu_ms, 2),
        "render_cpu_per_face": round(render.render_cpu_ms * FPS / 1000, 3),
        "sfu_added_latency_ms_p50": (
            None if direct is None or via_sfu is None else round(via_sfu - direct, 2)
        ),
        "stream": {"seconds": seconds, "packet_ms": PACKET_MS, "bitrate": BITRATE, "protocol": 2},
    }
