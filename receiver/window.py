"""The live window: Tk with Pillow's ImageTk (works under Xvfb; no GPU or compositor needed).

Tk must be driven from one thread, so the window lives in its own thread and the call hands it
frames through a one-slot mailbox (only the newest frame matters).
"""

from __future__ import annotations

import gc
import logging
import os
import threading

import numpy as np

from photocall.shared.errors import UserError

log = logging.getLogger(__name__)


class Window:
    def __init__(self, title: str = "photocall") -> None:
        if not os.environ.get("DISPLAY"):
            raise UserError("--window needs a display: set DISPLAY, or run under xvfb-run")
        self._title = title
        self._frame: np.ndarray | None = None
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._closed = threading.Event()
        self._error: str | None = None
        self.shown = 0
        self._thread = threading.Thread(target=self._run, name="photocall-window", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise UserError(f"cannot open the window: {self._error}")

    @property
    def closed(self) -> bool:
        """True once the user closed the window."""
        return self._closed.is_set()

    def show(self, rgb: np.ndarray) -> None:
        with self._lock:
            self._frame = rgb

    def close(self) -> None:
        self._closed.set()
        self._thread.join(timeout=2)

    def _run(self) -> None:
        self._tk_loop()
        # Every Tk object must die in the thread that made it, or Tcl aborts the process later:
        # the loop's locals are gone now; collect their cycles here, not in the main thread.
        gc.collect()

    def _tk_loop(self) -> None:
        try:
            import tkinter as tk

            from PIL import Image, ImageTk

            root = tk.Tk()
        except Exception as exc:  # noqa: BLE001 - ImportError, TclError (no display): say it
            self._error = str(exc)
            self._ready.set()
            return
        root.title(self._title)
        root.configure(background="black")
        label = tk.Label(root, background="black", borderwidth=0)
        label.pack()
        root.protocol("WM_DELETE_WINDOW", self._closed.set)
        self._ready.set()
        held = {}  # the PhotoImage on screen must stay referenced

        def poll() -> None:
            if self._closed.is_set():
                root.quit()
                return
            with self._lock:
                frame, self._frame = self._frame, None
            if frame is not None:
                held["photo"] = ImageTk.PhotoImage(Image.fromarray(frame), master=root)
                label.configure(image=held["photo"])
                self.shown += 1
            root.after(10, poll)

        root.after(10, poll)
        root.mainloop()
        held.clear()
        root.destroy()
