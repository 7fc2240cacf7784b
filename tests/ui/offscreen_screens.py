"""Plugging and unplugging screens in Qt's offscreen platform, for tests.

The offscreen platform reads its screens from a JSON file at start-up
(QT_QPA_PLATFORM="offscreen:configfile=FILE") and offers a "setConfiguration" function
through its native interface to change them at run time; Qt then announces
screenAdded/screenRemoved as for a real cable. That function is only reachable from
C++, so it is called here through ctypes.
"""
from __future__ import annotations

import ctypes
import json
from pathlib import Path

import PySide6

LIBRARIES = Path(PySide6.__file__).parent / "Qt" / "lib"
CONFIG = Path(__file__).resolve().parents[1] / "fixtures" / "two-screens.json"


def two_screens() -> dict:
    return json.loads(CONFIG.read_text(encoding="utf-8"))


def laptop_only() -> dict:
    config = two_screens()
    return {**config, "screens": config["screens"][:1]}


def one_screen(width: int, height: int, dpr: float = 1.0, frame_margins: bool = False) -> dict:
    """A laptop's screen of `width`×`height` logical pixels at a device pixel ratio (1.5 for 150 % scaling).

    The ratio is given as Qt's own high-DPI scaling sees a laptop's: a screen of that many device pixels
    (1920×1080) at a logical DPI of 96 × ratio; widgets then paint at that ratio (the platform's "dpr" key alone
    reaches the screen, not the windows). With `frame_margins`, windows get a frame, as a title bar does."""
    return {"windowFrameMargins": frame_margins,
            "screens": [{"name": "Laptop", "x": 0, "y": 0, "width": round(width * dpr), "height": round(height * dpr),
                         "logicalDpi": 96 * dpr, "logicalBaseDpi": 96, "dpr": 1}]}


def two_scales() -> dict:
    """A 15" laptop at 150 % (1280×720 logical) and beside it a screen at 200 % (1440×900 logical)."""
    laptop = one_screen(1280, 720, 1.5)
    retina = {**one_screen(1440, 900, 2.0)["screens"][0], "name": "Retina", "x": laptop["screens"][0]["width"]}
    return {**laptop, "screens": laptop["screens"] + [retina]}


def platform_for(config: dict, folder: Path) -> str:
    """The QT_QPA_PLATFORM value that starts a process on these screens (written to a file in `folder`)."""
    path = folder / "screens.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


def _byte_array(core, text: bytes):
    buffer = ctypes.create_string_buffer(64)
    core._ZN10QByteArrayC1EPKcx(buffer, ctypes.c_char_p(text), ctypes.c_longlong(len(text)))
    return buffer


def _json_object(core, config: dict):
    data = _byte_array(core, json.dumps(config).encode())
    document, obj = ctypes.create_string_buffer(64), ctypes.create_string_buffer(64)
    core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError(document, data, None)
    core._ZNK13QJsonDocument6objectEv(obj, document)
    return obj


def _slot_of_native_resource_for_integration(gui) -> int:
    """Where QPlatformNativeInterface::nativeResourceForIntegration sits in the class's vtable."""
    table = ctypes.addressof(ctypes.c_void_p.in_dll(gui, "_ZTV24QPlatformNativeInterface"))
    wanted = ctypes.cast(gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray,
                         ctypes.c_void_p).value
    entries = (ctypes.c_void_p * 64).from_address(table)
    # a vtable starts with the offset to top and the type info; the object points just past them
    return next(index for index, entry in enumerate(entries) if entry == wanted) - 2


def set_screens(config: dict) -> None:
    """Replace the offscreen platform's screens; Qt announces the change to the application."""
    core = ctypes.CDLL(str(LIBRARIES / "libQt6Core.so.6"))
    gui = ctypes.CDLL(str(LIBRARIES / "libQt6Gui.so.6"))
    native_interface = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    native_interface.restype = ctypes.c_void_p
    interface = native_interface()
    vtable = ctypes.cast(interface, ctypes.POINTER(ctypes.c_void_p))[0]
    slot = ctypes.cast(vtable, ctypes.POINTER(ctypes.c_void_p))[_slot_of_native_resource_for_integration(gui)]
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(slot)
    name = _byte_array(core, b"setConfiguration")  # kept alive while Qt reads it
    function = resource(interface, ctypes.addressof(name))
    if not function:
        raise RuntimeError("this Qt platform cannot change its screens at run time (not offscreen?)")
    set_configuration = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(function)
    configuration = _json_object(core, config)
    set_configuration(ctypes.addressof(configuration), interface)
