# PyInstaller's own start-up hook for PySide6, less one thing: it imports QtCore (and so loads Qt
# and ICU, some 60 ms here) before the program starts, to register a qt.conf. That is only needed once
# the program imports QtCore itself, which a command such as `find` never does: so it is done then.


def _pyi_rthook():
    import importlib.abc
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    qt_path = os.path.join(sys._MEIPASS, "PySide6", *([] if sys.platform.startswith("win") else ["Qt"]))
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")

    class QtConfWhenQtCoreLoads(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, QtConfWhenQtCoreLoads())


_pyi_rthook()
del _pyi_rthook
