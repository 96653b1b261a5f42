"""The ``sfu`` section of RESULTS.md: its table and plot (from ``sfu.py``'s result)."""

from __future__ import annotations

from pathlib import Path

from photocall.benchmarks.plots import _figure


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _setups(result: dict) -> list[dict]:
    return [s for s in result.get("setups", []) if isinstance(s, dict) and "mode" in s]


def plot_sfu(result: dict, out_dir: Path) -> str | None:
    setups = _setups(result)
    if not setups:
        return None
    path = out_dir / "sfu.png"
    styles = {"sfu": ("tab:blue", "o", "through Janus (SFU)"),
              "sfu-1proc": ("tab:purple", "D", "through Janus, receivers in one process"),
              "mesh": ("tab:orange", "s", "mesh (direct)")}  # fmt: skip
    with _figure(path, ncols=3) as (fig, (up, lat, cpu)):
        for mode, (color, marker, label) in styles.items():
            rows = sorted((s for s in setups if s["mode"] == mode), key=lambda s: s["receivers"])
            if not rows:
                continue
            n = [s["receivers"] for s in rows]
            up.plot(n, [s["upload_kbps"] for s in rows], marker=marker, color=color, label=label)
            lat.plot(n, [s["latency_ms_p50"] for s in rows], marker=marker, color=color,
                     label=f"{label}, p50")  # fmt: skip
            lat.plot(n, [s["latency_ms_p95"] for s in rows], marker=marker, color=color, ls="--",
                     label=f"{label}, p95")  # fmt: skip
            if all(s["receiver_cpu"] is not None for s in rows):
                cpu.plot(n, [100 * s["receiver_cpu"] for s in rows], marker=marker, color=color,
                         label=f"receiver, {mode} (decode)")  # fmt: skip
            if mode == "sfu":
                cpu.plot(n, [100 * (s.get("janus_cpu") or 0) for s in rows], marker="^",
                         color="tab:green", label="Janus (all receivers)")  # fmt: skip
        render = result.get("render_cpu_per_face")
        if render:
            cpu.axhline(100 * render, color="k", ls=":",
                        label=f"+ rendering one face ({100 * render:.0f} %)")  # fmt: skip
        up.set_title("Sender upload")
        up.set_ylabel("kbit/s (payload)")
        up.set_ylim(bottom=0)
        lat.set_title("Send → arrival latency")
        lat.set_ylabel("ms")
        lat.set_yscale("log")
        cpu.set_title("CPU per face")
        cpu.set_ylabel("% of one core")
        for ax in (up, lat, cpu):
            ax.set_xlabel("receivers")
            ax.legend(fontsize=8, loc="lower right" if ax is lat else "best")
    return path.name


def sfu_section(result: dict, out_dir: Path) -> list[str]:
    setups = _setups(result)
    if not setups:
        return []
    lines = [
        "## Through an SFU (Janus) and through a mesh",
        "",
        (
            "One sender, N receivers, on loopback; each receiver a process that decodes but does "
            "not render (sfu-1proc: the same receivers as rooms of one process, one event loop). "
            "Upload: the sender's data-channel payload while streaming. Latency: "
            "the sender's send call to a receiver's arrival, every packet and receiver. CPU: "
            "share of one core over the streaming time."
        ),
        "",
        "| path | peers | receivers | upload kbit/s | latency p50 / p95 ms | second half: p50 / "
        "p95 ms | photo kB per receiver | lost | UDP drops (machine) | receiver CPU | Janus CPU |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in setups:
        janus = s.get("janus_cpu")
        lines.append(
            f"| {s['mode']} | {s['peers']} | {s['receivers']} | {s['upload_kbps']:.1f} "
            f"| {s['latency_ms_p50']:.1f} / {s['latency_ms_p95']:.1f} "
            f"| {_ms(s.get('latency_ms_p50_late'))} / {_ms(s.get('latency_ms_p95_late'))} "
            f"| {s.get('photo_kb_per_receiver', '—')} | {s['lost']} "
            f"| {s.get('udp_rcvbuf_drops', '—')} "
            f"| {_pct(s['receiver_cpu'])} | {_pct(janus)} |"
        )
    render = result.get("render_cpu_per_face")
    added = result.get("sfu_added_latency_ms_p50")
    lines += [
        "",
        (
            f"Rendering one face at 25 frames/s costs {100 * render:.0f} % of a core more "
            f"({result.get('render_cpu_ms_per_frame')} ms CPU per 256² frame, default renderer). "
            if render
            else ""
        )
        + (f"Janus adds {added:.1f} ms at p50 (1 receiver vs the direct pair)." if added else ""),
        "",
    ]
    name = plot_sfu(result, out_dir)
    return lines + ([f"![SFU and mesh]({name})", ""] if name else [])
