"""The shared constants and configs: one definition each, and the CLI reads its defaults from them."""

from __future__ import annotations

import argparse

import numpy as np
import pytest

from photocall.cli import build_parser
from photocall.receiver.audio import opus_frame_samples
from photocall.receiver.config import ReceiverConfig
from photocall.receiver.render.config import RendererConfig
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.sender.session import SenderConfig
from photocall.shared import protocol
from photocall.shared.cli_args import default_of
from photocall.shared.codec import FRAME_SAMPLES, PACKET_MS, PACKET_SAMPLES, SAMPLE_RATE
from photocall.shared.notices import NoticeCode
from photocall.shared.room import RoomConfig
from photocall.signaling.config import SignalingConfig


def _subcommand(name: str) -> argparse.ArgumentParser:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return subparsers.choices[name]


def _defaults(name: str) -> dict[str, object]:
    return {a.dest: a.default for a in _subcommand(name)._actions}


@pytest.mark.parametrize(
    ("command", "flag", "config", "field"),
    [
        ("send", "signal", RoomConfig, "signal_url"),
        ("send", "room", RoomConfig, "room"),
        ("send", "name", RoomConfig, "name"),
        ("send", "bitrate", SenderConfig, "bitrate"),
        ("send", "packet_ms", SenderConfig, "packet_ms"),
        ("send", "max_kbps", SenderConfig, "max_kbps"),
        ("receive", "signal", RoomConfig, "signal_url"),
        ("receive", "fps", ReceiverConfig, "fps"),
        ("receive", "size", ReceiverConfig, "tile_size"),
        ("receive", "tiles", ReceiverConfig, "tiles"),
        ("receive", "backend", RendererConfig, "backend"),
        ("receive", "device", RendererConfig, "device"),
        ("render", "threads", RendererConfig, "threads"),
        ("signal", "port", SignalingConfig, "port"),
        ("signal", "max_peers", SignalingConfig, "max_peers"),
    ],
)
def test_cli_defaults_are_the_configs_defaults(command, flag, config, field) -> None:
    assert _defaults(command)[flag] == default_of(config, field)


def test_default_of_names_what_is_missing() -> None:
    with pytest.raises(AttributeError, match="no field 'nope'"):
        default_of(RoomConfig, "nope")
    with pytest.raises(ValueError, match="no default"):
        default_of(SenderConfig, "join")


def test_notice_codes_are_their_strings_on_the_wire() -> None:
    for code in NoticeCode:
        typed = protocol.encode(protocol.Notice(code, "why"))
        assert typed == protocol.encode(protocol.Notice(str(code.value), "why"))
        assert protocol.decode(typed).code == code
    assert NoticeCode.PHOTO_ACCEPTED == "photo-accepted"  # shared/PROTOCOL.md


def test_the_frame_and_packet_sizes_are_what_opus_makes() -> None:
    assert FRAME_SAMPLES == 960 == SAMPLE_RATE // 50
    for ms, samples in zip(PACKET_MS, PACKET_SAMPLES, strict=True):
        encoder = OpusEncoder(OpusConfig(frame_ms=ms))
        packet = encoder.encode(np.zeros(encoder.frame_samples, np.float32))
        assert encoder.frame_samples == samples == opus_frame_samples(packet)
