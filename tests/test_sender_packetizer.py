from photocall.sender.packetizer import OpusPacket, Packetizer, PacketizerConfig
from photocall.shared.motion import MotionFrame
from photocall.shared.protocol import decode, encode


def test_audio_is_held_until_its_motion_is_out_and_travels_with_it():
    pk = Packetizer(PacketizerConfig(lookahead_samples=1920))
    out = []
    # 40 ms packets; a predictor at 25 fps that lags the audio by 1920 samples
    for k in range(10):
        heard = (k + 1) * 960
        motion = [MotionFrame(t) for t in range(0, heard - 1920 + 1, 1920) if t >= heard - 960 - 1920 + 1]
        audio = OpusPacket(k // 2 * 1920, 1920, b"\x08" * 40) if k % 2 == 1 else None
        out += pk.push(heard, motion, audio)
    assert [p.timestamp for p in out] == [0, 1920, 3840, 5760]  # 7680 waits for more audio
    # each packet carries the frames through its end instant (out by the time it is sent): the
    # receiver has the face for every instant of its audio when the packet arrives
    assert [f.timestamp for f in out[0].motion] == [0, 1920]
    for p in out[1:]:
        assert [f.timestamp for f in p.motion] == [p.timestamp + 1920]
    for p in out:
        assert decode(encode(p)) == p
    rest = pk.flush([MotionFrame(9600)])
    assert [p.timestamp for p in rest] == [7680]
    assert [f.timestamp for f in rest[0].motion] == [9600]  # the tail rides on the last
    assert [p.seq for p in out + rest] == list(range(len(out + rest)))
