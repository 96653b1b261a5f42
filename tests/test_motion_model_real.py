"""Real-speech evaluation and the extra training sources: reserved prompts, phones → visemes,
the phone-level figures, forced alignment and Festival (the last two where installed)."""

import shutil
from itertools import pairwise

import numpy as np
import pytest

from photocall.sender.motion.align import ARPABET_VISEMES, SILENCE, Phone, arpabet
from photocall.sender.motion.prompts import (
    SOUNDS,
    TRANSCRIPTS,
    Prompt,
    is_reserved,
    named_split,
    parse_transcripts,
    split,
)
from photocall.sender.motion.realeval import MouthTrack, RealClip, auc, score, silence_mask
from photocall.sender.motion.targets import frame_targets, phone_segments
from photocall.shared.errors import UserError
from photocall.shared.motion import MOUTH_BLENDSHAPES, VISEME_INDEX, VISEMES


def test_reserved_prompts_never_leave_the_transcript_parser():
    lines = [
        "; Core Asterisk Sounds in English", "",
        "vm-intro: Please leave your message after the tone.",
        "demo-congrats: Congratulations.", "tt-weasels: Weasels have eaten our phone system.",
        "conf-onlyperson: You are currently the only person in this conference.",
        "agent-pass: Please enter your password followed by the pound key.",
        "one-moment-please: One moment please.", "please-try-call-later: Please try later.",
        "check-number-dial-again: Please check the number and dial again.",
        "cannot-complete-as-dialed: Your call cannot be completed as dialed.",
        "all-circuits-busy-now: All circuits are busy now.",
        "beep: [this is a simple beep tone]", "digits/1: One.", "press-1: Press 1.",
        "confbridge-has-left: Has left the conference.",
        "auth-thankyou: Thank you.",
    ]
    names = [p.name for p in parse_transcripts(lines)]
    assert names == ["all-circuits-busy-now", "confbridge-has-left", "auth-thankyou"]
    assert parse_transcripts(lines)[0].text == "all circuits are busy now"
    assert is_reserved("vm-intro") and is_reserved("en/one-moment-please")
    assert not is_reserved("confbridge-has-left") and not is_reserved("svm-intro")


def test_the_split_is_stable_and_disjoint():
    prompts = [Prompt(f"prompt-{i}", "hello") for i in range(60)]
    train, dev = split(prompts)
    assert {p.name for p in train}.isdisjoint({p.name for p in dev})
    assert len(train) + len(dev) == 60 and 10 <= len(dev) <= 30
    assert [p.name for p in split(list(reversed(prompts)))[1]] == [p.name for p in reversed(dev)]


def test_the_validation_split_is_a_stable_quarter_of_train():
    prompts = [Prompt(f"prompt-{i}", "hello") for i in range(200)]
    train, dev = split(prompts)
    val = named_split(prompts, "validation")
    assert {p.name for p in val} < {p.name for p in train}
    assert 0.15 < len(val) / len(train) < 0.35
    assert named_split(prompts, "dev") == dev and named_split(prompts, "train") == train
    with pytest.raises(UserError, match="unknown split"):
        named_split(prompts, "test")


def test_ao_is_an_open_vowel_with_slight_rounding():
    # "call" and "who": AO opens the jaw like an open vowel, rounding far below UW's; it is
    # labelled with the open aa class
    phones = [Phone(0.0, 0.1, SILENCE), Phone(0.1, 0.15, "K"), Phone(0.15, 0.35, "AO"),
              Phone(0.35, 0.45, "L"), Phone(0.45, 0.5, "HH"), Phone(0.5, 0.7, "UW"),
              Phone(0.7, 0.9, SILENCE)]
    segs = phone_segments(phones, 0.9)
    assert [VISEMES[s.viseme] for s in segs] == ["sil", "kk", "aa", "nn", "ou", "ou", "sil"]
    mouth, _ = frame_targets(segs, np.arange(90) / 100)
    jaw = MOUTH_BLENDSHAPES.index("jawOpen")
    rounding = mouth[:, MOUTH_BLENDSHAPES.index("mouthFunnel")] + mouth[
        :, MOUTH_BLENDSHAPES.index("mouthPucker")]
    assert mouth[25, jaw] > 0.4 and 0.05 < rounding[25] < 0.25
    assert rounding[60] > 0.9 and mouth[60, MOUTH_BLENDSHAPES.index("mouthPucker")] > 0.6
    assert phone_segments([Phone(0.0, 0.2, "OW")], 0.2)[0].viseme == VISEME_INDEX["oh"]


def test_phones_map_to_visemes():
    assert arpabet("AH0") == "AH" and arpabet("B") == "B" and arpabet("+NSN+") == SILENCE
    assert arpabet("pau") == SILENCE and arpabet("dx") == "D" and arpabet("axr") == "ER"
    assert arpabet("hh") == "HH" and arpabet("uw") == "UW"
    assert {ARPABET_VISEMES[p] for p in ("P", "B", "M")} == {("PP",)}
    assert ARPABET_VISEMES["AY"] == ("aa", "ih") and ARPABET_VISEMES["W"] == ("ou",)
    # "hop": /h/ takes the vowel's shape, the diphthong-free vowel and the closure follow
    phones = [Phone(0.0, 0.1, SILENCE), Phone(0.1, 0.2, "HH"), Phone(0.2, 0.4, "AA"),
              Phone(0.4, 0.5, "P"), Phone(0.5, 0.8, SILENCE)]
    segs = phone_segments(phones, 0.8)
    assert [VISEMES[s.viseme] for s in segs] == ["sil", "aa", "aa", "PP", "sil"]
    mouth, labels = frame_targets(segs, np.arange(80) / 100)
    jaw, press = MOUTH_BLENDSHAPES.index("jawOpen"), MOUTH_BLENDSHAPES.index("mouthPressLeft")
    assert labels[45] == VISEME_INDEX["PP"] and labels[30] == VISEME_INDEX["aa"]
    assert mouth[30, jaw] > 0.4  # open vowels open the jaw as far as capture shows
    assert mouth[45, jaw] < 0.15 and mouth[45, press] > 0.3  # and p/b/m shut the lips
    assert mouth[-1].max() < 0.01


def _clip_and_track():
    phones = (Phone(0.0, 0.2, SILENCE), Phone(0.2, 0.3, "M"), Phone(0.3, 0.5, "AA"),
              Phone(0.5, 0.6, "P"), Phone(0.6, 0.8, "UW"), Phone(0.8, 1.0, SILENCE))
    jaw, closure, rounding = np.zeros(100), np.zeros(100), np.zeros(100)
    jaw[25], closure[25] = 0.1, 0.3  # m: below the median jaw, lips pressed → closed
    jaw[30:50] = 0.5
    jaw[55] = 0.3  # p: jaw above the median and no closure → open
    jaw[60:80], rounding[60:80] = 0.2, 0.6
    jaw[85] = 0.1  # one silent frame open, 5 frames from speech
    return RealClip("x", np.zeros(16_000, np.float32), phones), MouthTrack(jaw, closure, rounding)


def test_phone_level_figures_on_a_known_track():
    clip, track = _clip_and_track()
    s = score([clip], [track])
    assert s.bilabial_closed == 0.5
    assert s.auc_open_vs_bilabial == 1.0 and s.auc_rounded_vs_open == 1.0
    assert s.silence_closed == 39 / 40 and s.silence_interior_closed == 1.0
    assert s.open_jaw_median == 0.5
    assert s.counts == {"bilabial": 2, "open": 1, "rounded": 1, "silent_frames": 40}
    assert s.per_viseme["PP"] == pytest.approx((0.2, 0.15, 2))
    # pooling: a second, all-open clip halves the closure rate and leaves the AUCs alone
    shut = MouthTrack(track.jaw.copy(), track.closure, track.rounding)
    shut.jaw[55] = 0.05
    assert score([clip, clip], [track, shut]).bilabial_closed == 0.75


def test_auc_and_silence_mask():
    assert auc(np.array([2.0, 3.0]), np.array([1.0])) == 1.0
    assert auc(np.array([1.0]), np.array([1.0, 2.0])) == 0.25  # a tie counts half
    assert np.isnan(auc(np.array([]), np.array([1.0])))
    phones = (Phone(0.0, 0.3, SILENCE), Phone(0.3, 0.4, "AA"), Phone(0.4, 0.6, SILENCE))
    assert silence_mask(phones, 60).sum() == 50
    assert silence_mask(phones, 60, margin=10).sum() == 30  # 0..19 and 50..59


def test_baseline_tracks_take_closure_from_the_shapes_they_have():
    weights = np.array([[0.4, 0.2, 0.1, 0.3]], np.float32)
    track = MouthTrack.from_weights(weights, ("jawOpen", "mouthClose", "mouthFunnel", "mouthPucker"))
    assert track.jaw[0] == pytest.approx(0.4) and track.closure[0] == pytest.approx(0.2)
    assert track.rounding[0] == pytest.approx(0.4)


_HAVE_PROMPTS = TRANSCRIPTS.exists() and (SOUNDS / "all-circuits-busy-now.g722").exists()


@pytest.mark.skipif(not _HAVE_PROMPTS, reason="Debian asterisk-core-sounds-en(-g722) not installed")
def test_a_real_prompt_aligns_phone_by_phone():
    pytest.importorskip("pocketsphinx")
    from photocall.sender.motion.align import Aligner
    from photocall.sender.motion.audio_io import load_audio

    pcm, rate = load_audio(SOUNDS / "all-circuits-busy-now.g722", 16_000)
    aligner = Aligner()
    phones = aligner.align(pcm, "all circuits are busy now")
    assert phones is not None
    speech = [p.name for p in phones if p.name != SILENCE]
    assert speech == ["AO", "L", "S", "ER", "K", "AH", "T", "S", "ER", "B", "IH", "Z", "IY", "N", "AW"]
    assert phones[0].start == 0.0 and phones[-1].end == pytest.approx(len(pcm) / rate)
    assert all(a.end == pytest.approx(b.start) and a.end > a.start for a, b in pairwise(phones))
    b = next(p for p in phones if p.name == "B")
    assert 0.7 < b.start < 1.2  # "busy" falls in the second half of the 1.8 s prompt
    assert aligner.align(pcm, "the quick brown fox jumps over the lazy dog") is None
    assert aligner.align(pcm, "all circuits are busy nowz") is None  # not in the dictionary


@pytest.mark.skipif(shutil.which("festival") is None, reason="Debian festival not installed")
def test_festival_speaks_with_phone_timings():
    from photocall.sender.motion.festival import synthesize_batch

    slow, fast = synthesize_batch(["Bob ate a pie.", "Bob ate a pie."], "kal_diphone", [1.3, 0.9])
    names = [p.name for p in slow.phones if p.name != SILENCE]
    assert names == ["B", "AA", "B", "EY", "T", "AX", "P", "AY"]
    assert slow.phones[-1].end == pytest.approx(len(slow.pcm) / slow.sample_rate)
    assert len(slow.pcm) > 1.2 * len(fast.pcm)
    # the audio is loud inside the vowels and quiet in the leading pause
    def rms(p: Phone) -> float:
        part = slow.pcm[int(p.start * slow.sample_rate): int(p.end * slow.sample_rate)]
        return float(np.sqrt(np.mean(part**2)))

    vowels = [p for p in slow.phones if p.name in ("AA", "AY")]
    assert min(rms(p) for p in vowels) > 10 * rms(slow.phones[0])


def test_lip_crops_refuse_reserved_prompts_and_cut_labelled_tiles(tmp_path):
    import json

    import av
    from PIL import Image

    from photocall.sender.motion.lipcrops import SCALE, cut, parse_box, prepare
    from photocall.shared.errors import UserError
    from photocall.shared.motion import BLENDSHAPE_INDEX, MotionFrame
    from photocall.shared.motionfile import write_motion_file

    with pytest.raises(UserError, match="reserved"):
        prepare("vm-intro", tmp_path)
    with pytest.raises(UserError, match="X,Y,W,H"):
        parse_box("1,2,3")
    # a 1 s video whose frame k has brightness 10·k, and motion with jawOpen k/25
    video = tmp_path / "v.mp4"
    with av.open(str(video), "w") as out:
        stream = out.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for k in range(25):
            img = np.full((48, 64, 3), 10 * k, np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    frames = []
    for k in range(25):
        w = np.zeros(52, np.float32)
        w[BLENDSHAPE_INDEX["jawOpen"]] = k / 25
        frames.append(MotionFrame(k * 1920, w))
    write_motion_file(tmp_path / "m.jsonl", frames)
    phones = tmp_path / "p.json"
    phones.write_text(json.dumps({"text": "x", "phones": [[0.38, 0.42, "M"], [0.5, 0.7, "AA"],
                                                          [0.7, 0.8, "S"]]}))
    labels = cut(video, phones, tmp_path / "m.jsonl", (8, 8, 16, 12), tmp_path / "g.png")
    assert [x.split()[0] for x in labels] == ["M", "AA", "SIL"]  # S is not shown
    assert "jaw 0.40" in labels[0] and "jaw 0.60" in labels[1] and "jaw 0.20" in labels[2]
    grid = np.asarray(Image.open(tmp_path / "g.png"))
    assert grid.shape == (12 * SCALE, 5 * 16 * SCALE, 3)
    assert abs(int(grid[30, 10, 0]) - 100) < 12  # frame 10 (0.40 s), below the label bar
    with pytest.raises(UserError, match="outside"):
        cut(video, phones, tmp_path / "m.jsonl", (60, 8, 16, 12), tmp_path / "g.png")
