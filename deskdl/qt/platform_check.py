"""Can Qt open a window here? Asked before the QApplication exists, because Qt cannot say no.

When Qt's platform plugin cannot load (the X11 plugin ``xcb`` needs a dozen
system libraries that minimal Linux installs lack, ``libxcb-cursor0`` most
often) or cannot reach a display, Qt prints a paragraph about plugins and
*aborts the process*: no Python exception to catch, a core dump instead of
advice. :func:`platform_problem` finds those cases first, with ``ctypes``
(stdlib only; no Qt import): it loads each library the plugin links to and,
for X11, connects to the display once. The message names the packages to
install on Debian/Ubuntu and on Fedora.

Only Linux with the ``xcb`` platform (the default outside a Wayland session,
or ``QT_QPA_PLATFORM=xcb``) is checked; ``offscreen``, ``minimal``, ``vnc``,
Wayland, macOS and Windows pass through unchanged.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: Library (soname) the xcb platform plugin needs -> (Debian/Ubuntu package, Fedora package).
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

MISSING_TEXT = ("the app cannot open a window: Qt's X11 platform plugin (xcb) needs system libraries that "
                "are missing ({libs}); install them with 'sudo apt install {debian}' (Debian, Ubuntu) or "
                "'sudo dnf install {fedora}' (Fedora), then start deskdl again; the commands (deskdl "
                "--help) work without them")
NO_DISPLAY_TEXT = ("the app cannot open a window: there is no display to show it on ({why}); start deskdl "
                   "from a desktop session, or set QT_QPA_PLATFORM=offscreen to run without one (as "
                   "--screenshot does); the commands (deskdl --help) work without a display")


def _load(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _display_error(display: str | None) -> str | None:
    """Why libxcb cannot connect to ``display`` (None when it can, or when that cannot be tried)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode() if display else None, None)
    try:
        failed = xcb.xcb_connection_has_error(conn)
    finally:
        xcb.xcb_disconnect(conn)
    return f"no X server answers at DISPLAY={display}" if failed else None


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will try the xcb (X11) platform plugin in this environment."""
    if not platform.startswith("linux"):
        return False
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if wanted:
        return wanted == "xcb"
    return not (env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland")


def platform_problem(env: Mapping[str, str] | None = None, load: Callable[[str], bool] | None = None,
                     display_error: Callable[[str | None], str | None] | None = None,
                     platform: str | None = None) -> str | None:
    """A plain message when Qt's platform plugin would abort here, else None."""
    env = os.environ if env is None else env
    load = load or _load
    display_error = display_error or _display_error
    platform = platform or sys.platform
    if not uses_xcb(env, platform):
        return None
    missing = [lib for lib in XCB_LIBRARIES if not load(lib)]
    if missing:
        debian = sorted({XCB_LIBRARIES[lib][0] for lib in missing})
        fedora = sorted({XCB_LIBRARIES[lib][1] for lib in missing})
        return MISSING_TEXT.format(libs=", ".join(missing), debian=" ".join(debian), fedora=" ".join(fedora))
    display = env.get("DISPLAY")
    if not display:
        return NO_DISPLAY_TEXT.format(why="DISPLAY is not set")
    why = display_error(display)
    return NO_DISPLAY_TEXT.format(why=why) if why else None
