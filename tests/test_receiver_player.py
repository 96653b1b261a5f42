"""The playout on an injected clock (no network, no waits): the core's schedule (``Playout``:
what each tick plays, which frames are due, who is retired when) and, through the adapter
(``Player``), what ends up in the MP4 and in the stats when a sender speaks, says Bye and its
buffer runs out."""

from __future__ import annotations

import numpy as np
import pytest

from photocall.receiver.player import Player
from photocall.receiver.playout import (
    FirstFrame,
    FrameDue,
    Participant,
    PlayAudio,
    Playout,
    PlayoutConfig,
    RenderedTile,
    Retire,
    ShowFrame,
    StartRecording,
)
from photocall.receiver.session import ReceiverConfig, ReceiverResult
from photocall.receiver.stream import RemoteStream
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.shared import protocol
from photocall.shared.motion import MotionFrame
from photocall.shared.room import RoomConfig
from support.calls import BarRenderer, bar_height
from support.media import read_mp4, speech_like

PACKET = 1920  # 40 ms
PACKETS = 30  # 1.2 s of audio
TICK_NS = 20_000_000
T0_NS = 1_000 * 1_000_000_000  # the fake CLOCK_MONOTONIC at the first tick


def _packets() -> list[tuple[bytes, protocol.MediaPacket]]:
    """1.2 s of speech-like audio in 40 ms Opus packets, each with one motion frame whose
    jawOpen is 0.6 (so every frame of the face shows a bar)."""
    encoder = OpusEncoder(OpusConfig(frame_ms=40))
    pcm = speech_like(PACKETS * PACKET / 48000, seed=1)
    out = []
    for k in range(PACKETS):
        ts = k * PACKET
        motion = (MotionFrame.from_named(ts, {"jawOpen": 0.6}),)
        packet = protocol.MediaPacket(k, ts, encoder.encode(pcm[ts : ts + PACKET]), motion)
        out.append((protocol.encode(packet), packet))
    return out


class FakeClock:
    """CLOCK_MONOTONIC in ns that moves only when told."""

    def __init__(self, now_ns: int = T0_NS) -> None:
        self.now_ns = now_ns

    def __call__(self) -> int:
        return self.now_ns


def _sender(peer: str = "alice", joined_s: float = T0_NS / 1e9) -> Participant:
    stream = RemoteStream(peer)
    stream.renderer = BarRenderer()
    stream.stats.link_open_ns = round(joined_s * 1e9)
    return Participant(stream, link=None, joined=joined_s, is_sender=True)  # type: ignore[arg-type]


# --- the core ----------------------------------------------------------------------------------


def test_the_clock_waits_for_audio_then_plays_and_schedules_frames():
    people = {"alice": _sender()}
    core = Playout(PlayoutConfig(fps=25, tile_size=64, record=True, output_latency_s=0.1), people)
    assert core.tick(T0_NS) == []  # nothing arrived: no audio, no frame, no recording
    assert core.out_sample == 0 and core.canvas is None
    data, packet = _packets()[0]
    people["alice"].stream.on_media(packet, len(data), arrival_ms=0.0)
    first = core.tick(T0_NS + TICK_NS)
    start, audio, due = first
    assert start == StartRecording(64, 64)
    assert isinstance(audio, PlayAudio) and audio.sample == 0 and audio.pcm.shape == (960,)
    assert due == FrameDue(0)  # frame 0 is due at output sample 0 ...
    (job,) = core.jobs
    # ... heard when this tick's audio is: now plus the speaker's latency
    assert job.audio_ns == T0_NS + TICK_NS + 100_000_000
    (tile,) = job.tiles
    assert tile.motion is not None and tile.sample is not None
    # 25 fps on 20 ms ticks: a frame on every other tick
    assert [a for a in core.tick(T0_NS + 2 * TICK_NS) if isinstance(a, FrameDue)] == []
    assert FrameDue(1) in core.tick(T0_NS + 3 * TICK_NS)
    assert core.out_sample == 3 * 960


@pytest.mark.parametrize(("every_frame", "queued", "dropped"), [(True, 4, 0), (False, 1, 3)])
def test_live_playout_keeps_only_the_newest_frame(every_frame, queued, dropped):
    people = {"alice": _sender()}
    core = Playout(PlayoutConfig(tile_size=64, every_frame=every_frame), people)
    for k, (data, packet) in enumerate(_packets()[:3]):
        people["alice"].stream.on_media(packet, len(data), arrival_ms=k * 40.0)
    for k in range(8):  # 160 ms: four frames due, none rendered
        core.tick(T0_NS + k * TICK_NS)
    assert len(core.jobs) == queued and core.frames_dropped == dropped
    assert core.jobs[-1].index == 3  # the newest is always kept


def test_a_departed_sender_is_retired_when_drained_or_after_the_linger():
    people = {"alice": _sender()}
    core = Playout(PlayoutConfig(tile_size=64, linger_s=1.0), people)
    for k, (data, packet) in enumerate(_packets()[:10]):  # 400 ms buffered
        people["alice"].stream.on_media(packet, len(data), arrival_ms=k * 40.0)
    core.tick(T0_NS)
    gone_s = T0_NS / 1e9
    people["alice"].gone = gone_s  # its link closed with audio still buffered: it plays on
    assert not any(isinstance(a, Retire) for a in core.tick(T0_NS + TICK_NS))
    # a buffer that never starts playing (still priming: its two packets came 90 ms apart in
    # transit, so the first waits 90 ms after its arrival) never drains: the linger bounds the
    # wait, to the ms
    bob = _sender("bob")
    stalled = {"bob": bob}
    stuck = Playout(PlayoutConfig(tile_size=64, linger_s=1.0), stalled)
    late_ms = T0_NS / 1e6 + 1000.0 - 50.0  # the first came 50 ms before the tick (< 90 ms)
    for k, arrival_ms in ((0, late_ms), (1, late_ms + 130.0)):
        data, packet = _packets()[k]
        bob.stream.on_media(packet, len(data), arrival_ms=arrival_ms)
    bob.gone = gone_s
    assert stuck.tick(T0_NS + 1_000_000_000) == []
    assert stuck.tick(T0_NS + 1_001_000_000) == [Retire("bob", bob)]
    assert stalled == {} and bob.stream.jitter.depth_ms == 80.0
    # the other one retires as soon as its buffer has played out
    ticks = 0
    while "alice" in people:
        ticks += 1
        core.tick(T0_NS + (1 + ticks) * TICK_NS)
    assert 10 < ticks < 30  # 400 ms of buffer, played out at 20 ms a tick


def test_rendered_frames_time_the_stats_and_report_the_first():
    people = {"alice": _sender(joined_s=T0_NS / 1e9)}
    core = Playout(PlayoutConfig(tile_size=64), people)
    for k, (data, packet) in enumerate(_packets()[:3]):
        people["alice"].stream.on_media(packet, len(data), arrival_ms=k * 40.0)
    core.tick(T0_NS)
    job = core.next_job()
    assert job is not None and core.next_job() is None
    canvas = np.zeros((64, 64, 3), np.uint8)
    drawn = [RenderedTile(people["alice"], job.tiles[0].sample, 0.0, 5.0)]
    ready_ns = job.audio_ns + 30_000_000
    stream = people["alice"].stream
    assert core.rendered(job, canvas, ready_ns, drawn) == [ShowFrame(0, canvas), FirstFrame(stream)]
    assert core.rendered(job, canvas, ready_ns, drawn) == [ShowFrame(0, canvas)]  # only once
    assert stream.stats.av_skew_ms == [30.0, 30.0] and stream.stats.render_ms == [5.0, 5.0]
    assert stream.stats.first_frame_ms(stream.stats.link_open_ns) == 30.0


# --- through the adapter, into an MP4 ----------------------------------------------------------


class _Role:
    def __init__(self) -> None:
        self.people: dict[str, Participant] = {}

    def drop_reports(self) -> tuple:
        return ()


def _play_a_call(tmp_path, ticks_after_bye: int) -> tuple[Player, RemoteStream, FakeClock]:
    config = ReceiverConfig(RoomConfig("ws://unused/", "room"), out=tmp_path / "call.mp4",
                            tile_size=64, every_frame=True)  # fmt: skip
    role = _Role()
    clock = FakeClock()
    role.people["alice"] = person = _sender()
    stream = person.stream
    player = Player(config, role, ReceiverResult("rx"), None, None, clock_ns=clock)
    for k, (data, packet) in enumerate(_packets()):
        stream.on_media(packet, len(data), arrival_ms=k * 40.0 + 5.0)
        for _ in range(2):
            player.tick()
            clock.now_ns += TICK_NS
    stream.ended = True  # Bye, right after the last packet, as a sender sends it
    for _ in range(ticks_after_bye):
        player.tick()
        clock.now_ns += TICK_NS
    player.finish()  # the frames are rendered here, at the clock's last reading
    return player, stream, clock


def test_the_mp4_ends_with_the_last_face_not_a_blank(tmp_path) -> None:
    player, stream, _ = _play_a_call(tmp_path, ticks_after_bye=25)  # 0.5 s more of playout clock
    assert stream.finished
    frames, audio = read_mp4(tmp_path / "call.mp4")
    # The file holds the stream and no more: the playout clock waits once nobody plays.
    assert len(audio) / 48000 == pytest.approx(PACKETS * PACKET / 48000, abs=0.1)
    assert len(frames) == pytest.approx(len(audio) / 48000 * 25, abs=2)
    last = frames[-1][1].astype(np.float32)
    # BarRenderer's grey (80) with the bar, not the empty canvas (24) or a no-picture tile (48)
    assert abs(float(np.median(last)) - 80) < 4, float(np.median(last))
    assert bar_height(frames[-1][1]) > 0.3
    assert float(np.abs(last - frames[-2][1]).mean()) < 4  # like the frames before it
    report = player.result.report
    assert report is not None and report.mp4 is not None
    assert report.mp4.frames == len(frames)


def test_media_seconds_and_rates_agree(tmp_path) -> None:
    player, _, clock = _play_a_call(tmp_path, ticks_after_bye=5)
    elapsed_ms = (clock.now_ns - T0_NS) / 1e6
    (peer,) = player.result.report.peers
    sizes = [len(data) for data, _ in _packets()]
    assert peer.media_s == pytest.approx(PACKETS * 0.04)
    assert peer.packet_ms == 40
    assert peer.media_packets == PACKETS
    assert peer.payload_kbps == pytest.approx(sum(sizes) * 8 / 1000 / peer.media_s, abs=0.01)
    headers = PACKETS * 85 + sum(-n % 4 for n in sizes)  # ChaCha20-Poly1305 records
    assert peer.wire_kbps == pytest.approx((sum(sizes) + headers) * 8 / 1000 / peer.media_s,
                                           abs=0.01)  # fmt: skip
    assert peer.loss_pct == 0.0 and peer.jitter.received == PACKETS
    assert peer.video_frames == player.result.report.mp4.frames
    # Its first frame was timed from the link's opening (no ClockSync: no sender clock); every
    # frame was drawn at the end (finish), on the fake clock.
    assert peer.first_frame_after_link_ms == elapsed_ms
    assert peer.first_frame_after_sender_start_ms is None and peer.mouth_to_pixel_ms.p50 is None
    assert peer.connected_s == pytest.approx(elapsed_ms / 1000)  # still connected: until now
    assert player.result.report.run_s == pytest.approx(elapsed_ms / 1000)


def test_while_nobody_plays_the_clock_looks_again_soon_so_playout_starts_in_phase():
    from photocall.receiver.player import priming_tick

    assert priming_tick(1.000, 1.001, 0.02, 0.005) == 1.005  # not 1.020: a quarter tick later
    assert priming_tick(1.000, 1.300, 0.02, 0.005) == 1.300  # behind: now, not a burst


def test_frames_are_drawn_for_the_sample_heard_when_the_picture_is_ready_within_the_motion():
    # A picture takes 15 ms from its tick: the next frame is drawn for the sample heard 15 ms
    # after its tick, so it shows that sample's face when that sample is heard. But never past
    # the newest motion received: here the packet being played starts 6.5 ms (the Opus
    # pre-skip) after the sample heard, and the next packet's motion is not in yet.
    people = {"alice": _sender(joined_s=T0_NS / 1e9)}
    core = Playout(PlayoutConfig(tile_size=64), people)
    stream = people["alice"].stream
    arrival_ms = T0_NS / 1e6 - 100.0
    for data, packet in _packets()[:3]:
        stream.on_media(packet, len(data), arrival_ms=arrival_ms)
    now = T0_NS
    core.tick(now)
    first = core.next_job()
    assert first is not None and first.tiles[0].sample == -312  # no render seen yet: no lead
    canvas = np.zeros((64, 64, 3), np.uint8)
    core.rendered(first, canvas, now + 15_000_000, [])
    core.tick(now + TICK_NS)
    core.tick(now + 2 * TICK_NS)
    second = core.next_job()
    assert second is not None
    assert second.tiles[0].sample == PACKET - 312 + 720  # heard at its tick, + 15 ms: it fits
    # ... but the third packet's own frame is the newest: there the lead stops
    assert stream.track.newest == 2 * PACKET
    core.tick(now + 3 * TICK_NS)
    core.tick(now + 4 * TICK_NS)
    third = core.next_job()
    assert third is not None and third.tiles[0].sample == 2 * PACKET  # +6.5 ms, not +15
    assert third.audio_ns == now + 4 * TICK_NS + 312 * 1_000_000_000 // 48000
