"""The data-set registry: each source module brings its entries, collected once in a fixed order."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from deskdl.ml import datasets
from deskdl.ml.datasets import registry

ROOT = Path(__file__).resolve().parents[1]


def test_every_entry_comes_from_exactly_one_source_in_order():
    ids = []
    for name in registry.SOURCES:
        module = importlib.import_module(f"deskdl.ml.datasets.{name}")
        ids.extend(info.id for info in module.DATASETS)
    assert ids == list(datasets.REGISTRY) == [i.id for i in datasets.all_datasets()]
    assert len(ids) == len(set(ids))
    assert ids[:7] == ["circle", "xor", "gaussian", "spiral", "regression_plane", "regression_gaussian",
                       "ring8"]
    assert ids[-2:] == ["csv", "image_folder"]


def test_an_id_registered_twice_is_refused():
    with pytest.raises(ValueError, match="'spiral' is registered twice"):
        registry.register(datasets.get("spiral"))
    registry.collect()  # a second collect changes nothing
    assert list(datasets.REGISTRY).count("spiral") == 1


def test_old_names_still_import_and_nothing_heavy_loads():
    code = ("import sys; from deskdl.ml.datasets import (DataBundle, DataError, DatasetInfo, ParamInfo, "
            "check_fit, datasets_dir, download, get, import_dataset_file, is_available, load, load_config, "
            "load_csv, load_image_folder, prepare, scale_inputs, text_bundle, with_target, REGISTRY_TEXT, "
            "KNOWN, KnownFiles, IMAGE_SUFFIXES, _check_params, _missing); "
            "print(sorted(m for m in ('keras', 'tensorflow', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


OWN = ["circle", "xor", "gaussian", "spiral", "regression_plane", "regression_gaussian", "ring8", "digits",
       "shapes", "reviews", "abc_tunes", "digit_tasks", "text_file", "mnist", "fashion_mnist", "cifar10",
       "imdb", "csv", "image_folder"]


def test_every_source_brings_its_export_code():
    assert [i for i in OWN if datasets.get(i).export is None] == []
    from deskdl.ml.export import dataset_code

    assert dataset_code({"dataset": "csv", "params": {"path": "t.csv"}}).read_classes == "table"
    assert dataset_code({"dataset": "image_folder", "params": {}}).read_classes == "folder"
    unknown = dataset_code({"dataset": "nowhere"})
    assert not unknown.offline and "deskdl does not know the data set 'nowhere'" in unknown.body[0]


@pytest.mark.parametrize("params", [{}, {"scaling": "minmax", "noise": 0.5, "seed": 3}])
def test_the_ring_scripts_data_is_deskdls(params):
    """The ring of 8 clouds had no export code in the supervised exporter; now it has its source's."""
    import numpy as np

    from deskdl.ml.export import data_code

    helpers, load_func, offline = data_code({"dataset": "ring8", "params": {"samples": 200, **params}})
    namespace = {"np": np}
    exec(compile(helpers + load_func, "ring8", "exec"), namespace)
    (xt, yt), (xs, ys) = namespace["load_data"]()
    bundle = datasets.load("ring8", {"samples": 200, **params})
    assert offline
    for got, want in ((xt, bundle.x_train), (yt, bundle.y_train), (xs, bundle.x_test), (ys, bundle.y_test)):
        np.testing.assert_allclose(got, want, rtol=1e-6)


def test_one_csv_reader_for_deskdl_and_the_script(tmp_path):
    """load_csv and an exported script run the same reading functions; a script stops with the app's words."""
    import inspect

    import numpy as np

    from deskdl.ml.datasets import table_reader
    from deskdl.ml.export import data_code

    path = tmp_path / "t.csv"
    path.write_text("size;colour;kind\n1,5;red;2,5\n2;blue;3\n3,25;red;2,5\n4;;3\n5;blue;\n")
    params = {"path": str(path), "task": "classification"}
    helpers, load_func, offline = data_code({"dataset": "csv", "params": params})
    for f in (table_reader.TableError, table_reader.to_number, table_reader.numbers, table_reader.read_rows,
              table_reader.target_values, table_reader.input_columns, table_reader.read_table):
        assert inspect.getsource(f) in helpers
    namespace = {"__name__": "exported", "__file__": str(tmp_path / "script.py")}
    code = "import csv\nimport math\nimport os\nimport numpy as np\n" + helpers + load_func
    exec(compile(code, "s", "exec"), namespace)
    (xt, yt), (xs, ys) = namespace["load_data"]()
    bundle = datasets.load("csv", params)
    # a decimal comma in a class target: classes "2.5" and "3" (load_csv used to crash on float("2,5"))
    assert bundle.class_names == namespace["CLASS_NAMES"] == ["2.5", "3"]
    assert len(bundle.x_train) + len(bundle.x_test) == 4  # the row without a target is left out
    np.testing.assert_array_equal(np.sort(np.concatenate([yt, ys])), [0, 0, 1, 1])
    assert bundle.feature_names == ["size", "colour=(empty)", "colour=blue", "colour=red"]

    path.write_text("a,b,y\n1,2,x\n2,3,y\n3,oops,x\n4,5,y\n5,6,x\n6,7,y\n7,8,x\n8,9,y\n9,1,x\n10,2,y\n")
    with pytest.raises(datasets.DataError) as app:
        datasets.load("csv", {"path": str(path)})
    assert app.value.message == f"{path}, line 4: column 'b' holds numbers, but this row has 'oops'"
    with pytest.raises(SystemExit) as script:
        namespace["load_data"]()
    assert str(script.value).startswith(
        f"{path}, line 4: column 'b' holds numbers, but this row has 'oops': fix or delete that cell")
