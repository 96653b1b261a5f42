"""The live window: Tk with Pillow's ImageTk (works under Xvfb; no GPU or compositor needed).

Tk must be driven from one thread, so the window lives in its own thread and the call hands it
frames through a one-slot mailbox (only the newest frame matters).
"""

from __future__ import annotations

import logging
import os
import threading

import numpy as np

from photocall.errors import UserError

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
        try:
            import tkinter as tk

            from PIL import Image, ImageTk

            root = tk.Tk()
        except Exception as exc:  # noqa: BLE001 - TclError, ImportError: say it plainly
            self._error = str(exc)
            self._ready.set()
            return
        root.title(self._title)
        root.configure(background="black")
        label = tk.Label(root, background="black", borderwidth=0)
        label.pack()
        root.protocol("WM_DELETE_WINDOW", self._closed.set)
        self._ready.set()
        photo = None

        def poll() -> None:
            nonlocal photo
            if self._closed.is_set():
                root.destroy()
                return
            with self._lock:
                frame, self._frame = self._frame, None
            if frame is not None:
                photo = ImageTk.PhotoImage(Image.fromarray(frame))
                label.configure(image=photo)
                self.shown += 1
            root.after(10, poll)

        root.after(10, poll)
        root.mainloop()
