"""Reading badges with a camera: frames are decoded off the GUI thread, each badge answered once.

`FrameScanner` needs no camera (tests feed it pictures); `CameraSource` wraps Qt
Multimedia, which is imported only here and only when asked: without it, or without a
camera, the desk simply has no Camera toggle.
"""
from __future__ import annotations

import time

import zxingcpp
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from models.checkin.desk_input import SightingFilter
from ui.jobs import Job
from ui.multimedia import multimedia

FRAME_INTERVAL_SECONDS = 0.1  # ten pictures a second are plenty for a badge held still


def decode_qr_codes(image: QImage) -> list[str]:
    """The texts of the QR codes in the picture."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [barcode.text for barcode in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)]


def codes_or_none(image: QImage) -> list[str]:
    try:
        return decode_qr_codes(image)
    except (RuntimeError, ValueError):
        return []  # a picture zxing cannot read is a picture without a badge


class FrameScanner(QObject):
    """Takes pictures, reads them one at a time on a worker thread, and reports each badge once."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, gone_seconds: float = 3.0):
        super().__init__(parent)
        self.busy = False
        self.sightings = SightingFilter(gone_seconds)

    def feed(self, image: QImage) -> bool:
        """Read the picture unless one is still being read (then it is dropped: the next will do)."""
        if self.busy or image.isNull():
            return False
        self.busy = True
        picture = image.copy()
        job = Job.plain(lambda: codes_or_none(picture))
        job.succeeded.connect(self._report)
        job.failed.connect(self._unread)
        job.start()
        return True

    def _unread(self, _problem: str) -> None:
        self._report([])  # the next picture will do

    def _report(self, texts: list) -> None:
        self.busy = False
        now = time.monotonic()
        for text in texts:
            if self.sightings.is_new(text, now):
                self.scanned.emit(text)


def default_camera():
    """The system's default camera, or None."""
    module = multimedia()
    if module is None or not module.QMediaDevices.videoInputs():
        return None
    return module.QMediaDevices.defaultVideoInput()


class CameraSource(QObject):
    """The live picture of a camera, as QImages at most ten times a second."""

    frame = Signal(QImage)
    failed = Signal(str)

    def __init__(self, device, parent: QObject | None = None):
        super().__init__(parent)
        module = multimedia()
        self.camera = module.QCamera(device, self)
        self.session = module.QMediaCaptureSession(self)
        self.sink = module.QVideoSink(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.camera.errorOccurred.connect(lambda _error, text: self.failed.emit(text))
        self.last_frame_at = 0.0

    def start(self) -> None:
        self.camera.start()

    def stop(self) -> None:
        self.camera.stop()

    def _on_frame(self, video_frame) -> None:
        now = time.monotonic()
        if now - self.last_frame_at < FRAME_INTERVAL_SECONDS:
            return
        self.last_frame_at = now
        image = video_frame.toImage()
        if not image.isNull():
            self.frame.emit(image)
