"""photocall: a video call that sends a face without sending video.

The top-level folders of the repository are this package's subpackages:
``photocall.shared`` (motion space and wire protocol), ``photocall.sender``,
``photocall.receiver``, ``photocall.signaling`` and ``photocall.benchmarks``.
"""

__version__ = "0.1.0"
