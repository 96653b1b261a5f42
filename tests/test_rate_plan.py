"""``--max-kbps``: the plan it picks, what it prints, and the user's mistakes."""

from __future__ import annotations

import pytest

from photocall.cli import main
from photocall.sender.rate_plan import DEFAULT_PACKET_MS, plan_for, predicted_kbps
from photocall.sender.session import SenderConfig
from photocall.shared.errors import UserError
from photocall.shared.room import RoomConfig

ROOM = RoomConfig("ws://127.0.0.1:1/", "r")


@pytest.mark.parametrize("budget", [60.0, 40.0, 32.0, 24.0, 20.0, 16.0])
def test_the_plan_fits_the_budget_with_the_shortest_packets(budget: float) -> None:
    plan = plan_for(budget)
    predicted = predicted_kbps(plan.packet_ms, plan.bitrate, plan.motion_fps)
    assert plan.kbps <= budget and plan.kbps == round(predicted, 1)
    assert plan.latency_ms == plan.packet_ms - DEFAULT_PACKET_MS
    shorter = [ms for ms in (40, 60, 80, 100, 120) if ms < plan.packet_ms]
    floor = 8000 if plan.bitrate >= 8000 else 6000
    for ms in shorter:  # nothing shorter fits, with Opus at the plan's floor, even at 15 fps
        assert predicted_kbps(ms, floor, 15) > budget


def test_a_16_kbps_budget_takes_long_packets_and_low_opus() -> None:
    plan = plan_for(16.0)
    assert 60 <= plan.packet_ms <= 120 and 6000 <= plan.bitrate <= 10_000
    assert plan.motion_fps in (15, 25)
    assert "ms more mouth-to-pixel latency" in plan.describe(16.0)


def test_latency_comes_before_the_motion_frame_rate() -> None:
    # 120 ms packets with motion at 25 fps fit 16 kbit/s, and so do 100 ms packets at 15 fps:
    # the shorter packet wins (20 ms less mouth-to-pixel), the receiver interpolates the motion
    assert predicted_kbps(120, 6000, 25) <= 16.0 and predicted_kbps(100, 6000, 15) <= 16.0
    plan = plan_for(16.0)
    assert (plan.packet_ms, plan.bitrate, plan.motion_fps) == (100, 6000, 15)
    assert plan.latency_ms == 60


def test_a_budget_below_the_headers_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="--max-kbps: 5 kbit/s is below"):
        SenderConfig(ROOM, text="hi", max_kbps=5.0)


def test_the_config_takes_the_plan_over_packet_ms_and_bitrate() -> None:
    config = SenderConfig(ROOM, text="hi", max_kbps=16.0)
    plan = plan_for(16.0)
    assert (config.opus.frame_ms, config.opus.bitrate) == (plan.packet_ms, plan.bitrate)
    plain = SenderConfig(ROOM, text="hi")
    assert (plain.opus.frame_ms, plain.opus.bitrate) == (plain.packet_ms, plain.bitrate)


def test_demo_rejects_an_impossible_budget_in_one_line(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--max-kbps", "3"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("photocall demo: error: --max-kbps") and "\n" not in err


def test_long_packets_are_one_opus_packet_each_and_a_receiver_takes_them() -> None:
    import numpy as np

    from photocall.receiver.audio import opus_frame_samples
    from photocall.receiver.stream import RemoteStream
    from photocall.sender.opus import OpusConfig, OpusEncoder
    from photocall.shared import protocol
    from photocall.shared.codec import BUDGET_PACKET_MS

    for ms in BUDGET_PACKET_MS:
        encoder = OpusEncoder(OpusConfig(bitrate=6000, frame_ms=ms))
        opus = encoder.encode(np.zeros(encoder.frame_samples, np.float32))
        assert opus_frame_samples(opus) == encoder.frame_samples == ms * 48
        stream = RemoteStream("alice")
        packet = protocol.MediaPacket(0, 0, opus)
        assert stream.on_media(packet, len(protocol.encode(packet)), 0.0)
