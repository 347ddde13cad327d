"""Lessons carry their translations beside them: ``<id>.vi.toml`` lays the Vietnamese texts over a lesson.

The overlay (only what the learner reads changes), the fallback to English, the errors a teacher
gets for a wrong translation file, the course that never takes a translation for a lesson, the
hand-out and the bundle that carry the translations, and the shipped translations (sections 1 and 2
complete, every file naming only steps and texts its lesson has).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from deskdl.core import i18n
from deskdl.core.lessons import LessonError, load_course, load_lesson
from deskdl.core.lessons.loader import (
    lessons_dir,
    translate_lesson,
    translation_files,
    translation_language,
    untranslated,
)

LESSON = '''
title = "Tiny"
summary = "A test lesson."
template = "mlp_2d"

[[steps]]
title = "Read"
text = """
Some words.

    z = w * x + b
"""

[[steps]]
id = "relu"
title = "Two ReLU layers"
text = "The template has two."
task = "Look."
hints = ["first", "second"]
show_me = [{op = "set_layer", layer = "hidden_1", params = {activation = "relu"}}]

[steps.check]
kind = "all"
checks = [
  {kind = "layer_count", type = "Dense", where = {activation = "relu"}, min = 2, text = "Two ReLU layers."},
  {kind = "not", check = {kind = "model_valid", text = "Inner goal."}},
]
'''

VI = '''
title = "Nhỏ"
summary = "Một bài học thử."

[steps.step-1]
title = "Đọc"
text = """
Vài chữ.

    z = w * x + b
"""

[steps.relu]
title = "Hai lớp ReLU"
text = "Mẫu có hai lớp."
task = "Hãy xem."
hints = ["thứ nhất", "thứ hai"]

[steps.relu.checks]
"Two ReLU layers." = "Hai lớp ReLU."
"Inner goal." = "Mục tiêu bên trong."
'''


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tiny(tmp_path):
    return write(tmp_path / "sec", "tiny.toml", LESSON)


def error_of(path: Path, lang: str = "vi") -> str:
    with pytest.raises(LessonError) as info:
        load_lesson(path, lang=lang)
    return info.value.text


def test_translation_files_are_named_by_their_lesson_and_language(tiny):
    vi = write(tiny.parent, "tiny.vi.toml", VI)
    assert translation_language(vi) == "vi" and translation_language("a/pt_BR.x.pt_BR.toml") == "pt_BR"
    assert translation_language(tiny) is None and translation_language("section.toml") is None
    assert translation_language("tiny.vi.deskdl") is None and translation_language(".vi.toml") is None
    write(tiny.parent, "tinyx.vi.toml", VI)  # another lesson's translation is not tiny's
    assert translation_files(tiny) == {"vi": vi}


def test_the_translation_is_laid_over_the_shown_texts_only(tiny):
    english = load_lesson(tiny, lang="en")
    write(tiny.parent, "tiny.vi.toml", VI)
    vi = load_lesson(tiny, lang="vi")
    assert (vi.title, vi.summary) == ("Nhỏ", "Một bài học thử.")
    assert [s.title for s in vi.steps] == ["Đọc", "Hai lớp ReLU"]
    assert vi.steps[0].text == "Vài chữ.\n\n    z = w * x + b"  # stripped like the English; formula kept
    assert (vi.steps[1].task, vi.steps[1].hints) == ("Hãy xem.", ("thứ nhất", "thứ hai"))
    check = vi.steps[1].check
    assert check.checks[0].text == "Hai lớp ReLU." and check.checks[1].checks[0].text == "Mục tiêu bên trong."
    # ids, actions and checks (but their goal texts) never change
    assert [s.id for s in vi.steps] == [s.id for s in english.steps]
    assert vi.steps[1].show_me == english.steps[1].show_me
    assert check.kind == "all" and check.checks[0].args == english.steps[1].check.checks[0].args
    assert (vi.id, vi.template, vi.path) == (english.id, english.template, english.path)
    # English (and any language without a file) reads the lesson as written
    assert load_lesson(tiny, lang="en") == english and load_lesson(tiny, lang="fr") == english


def test_the_language_the_app_speaks_picks_the_translation(tiny, monkeypatch):
    write(tiny.parent, "tiny.vi.toml", VI)
    assert load_lesson(tiny).title == "Tiny"
    monkeypatch.setattr(i18n, "_language", "vi")
    assert load_lesson(tiny).title == "Nhỏ"
    assert load_course(tiny.parent.parent).find("tiny").title == "Nhỏ"


def test_what_the_translation_leaves_out_stays_english(tiny):
    write(tiny.parent, "tiny.vi.toml", 'title = "Nhỏ"\n[steps.relu]\ntask = "Hãy xem."\ntext = ""\n'
                                       '[steps.relu.checks]\n"Inner goal." = "Mục tiêu."\n')
    vi = load_lesson(tiny, lang="vi")
    assert (vi.title, vi.summary) == ("Nhỏ", "A test lesson.")
    assert vi.steps[0].title == "Read" and vi.steps[1].title == "Two ReLU layers"
    assert vi.steps[1].text == "The template has two."  # empty: not translated yet
    assert vi.steps[1].task == "Hãy xem." and vi.steps[1].hints == ("first", "second")
    assert vi.steps[1].check.checks[0].text == "Two ReLU layers."
    assert vi.steps[1].check.checks[1].checks[0].text == "Mục tiêu."
    assert untranslated(load_lesson(tiny, lang="en"), tiny.with_name("tiny.vi.toml")) == [
        "summary", "steps.step-1.title", "steps.step-1.text", "steps.relu.title", "steps.relu.text",
        "steps.relu.hints", "steps.relu.checks.'Two ReLU layers.'"]


@pytest.mark.parametrize(("translation", "message"), [
    ('title = "x"\nminutes = 3\n', "tiny.vi.toml: minutes: is not a text a translation holds: a translation "
                                    "has title, summary and one [steps.<step id>] table per step"),
    ('[steps.relus]\ntitle = "x"\n', "tiny.vi.toml: steps.relus: the lesson has no step 'relus': its steps "
                                     "are step-1, relu (a step without an id is step-1, step-2, ...)"),
    ('[steps.relu]\ncheck = {kind = "model_valid"}\n',
     'tiny.vi.toml: step 2 ("Two ReLU layers"): check: is not a text a translation holds: a step\'s '
     'translation may have title, text, task, hints, checks; actions, checks and ids stay in the lesson '
     'file'),
    ('[steps.relu]\nhints = ["một"]\n', 'step 2 ("Two ReLU layers"): hints: has 1 hints, the lesson\'s step '
                                        "has 2: translate every hint, in the lesson's order"),
    ('[steps.step-1]\ntask = "Làm."\n', 'step 1 ("Read"): task: the lesson has no such text to translate: '
                                        "remove task"),
    ('[steps.relu.checks]\n"Two relu layers." = "Hai."\n',
     "checks.'Two relu layers.': is not a goal text of this step's check: the goals to translate are: "
     "'Two ReLU layers.'; 'Inner goal.'"),
    ('[steps.relu]\ntitle = 3\n', "title: must be text in quotes, not a whole number (3)"),
    ('title = "unclosed\n', "tiny.vi.toml: is not valid TOML"),
])
def test_a_wrong_translation_is_reported_like_any_lesson_error(tiny, translation, message):
    write(tiny.parent, "tiny.vi.toml", translation)
    assert message in error_of(tiny)
    assert message in error_of(tiny, lang="en")  # checked whatever the language: the teacher sees it at once
    course = load_course(tiny.parent.parent)
    assert course.find("tiny") is None and len(course.problems) == 1 and message in course.problems[0]


def test_the_course_never_takes_a_translation_for_a_lesson(tiny, capsys):
    from deskdl.cli import main

    write(tiny.parent, "tiny.vi.toml", VI)
    write(tiny.parent, "section.toml", 'title = "Section"\norder = 1\n')
    write(tiny.parent, "section.vi.toml", 'title = "Phần"\n')
    write(tiny.parent, "gone.vi.toml", VI)
    course = load_course(tiny.parent.parent)
    assert [x.id for x in course.lessons] == ["tiny"]
    assert course.problems == [f"{tiny.parent / 'gone.vi.toml'}: is a translation (vi) of gone.toml, which "
                               "does not exist: rename it after its lesson or remove it"]
    assert "is a translation of tiny.toml, not a lesson: use the lesson file" in error_of(
        tiny.with_name("tiny.vi.toml"))
    assert main(["lessons", "--dir", str(tiny.parent.parent)]) == 0
    assert "gone.vi.toml: is a translation (vi) of gone.toml" in capsys.readouterr().err


def test_a_section_title_is_translated_and_its_translation_checked(tiny, monkeypatch):
    write(tiny.parent, "section.toml", 'title = "Section"\norder = 1\n')
    write(tiny.parent, "section.vi.toml", 'title = "Phần"\n')
    root = tiny.parent.parent
    assert load_course(root).sections[0].title == "Section"
    monkeypatch.setattr(i18n, "_language", "vi")
    assert load_course(root).sections[0].title == "Phần"
    write(tiny.parent, "section.vi.toml", 'title = "Phần"\norder = 2\n')
    course = load_course(root)
    assert course.sections[0].title == "Section" and course.find("tiny") is not None
    assert course.problems == [f"{tiny.parent / 'section.vi.toml'}: order: a section's translation holds "
                               'only its title (title = "..."), as text in quotes']


def test_hand_outs_and_bundles_carry_the_translations(tiny, tmp_path):
    from deskdl.core.lessons.bundle import read_bundle, write_bundle
    from deskdl.core.lessons.handout import install_handout, read_handout, write_handout
    from deskdl.core.project import Project

    write(tiny.parent, "tiny.vi.toml", VI)
    lesson = load_lesson(tiny, lang="en")
    out = write_handout(tmp_path / "tiny.deskdl-lesson", lesson)
    assert sorted(read_handout(out).files) == ["lesson/tiny.toml", "lesson/tiny.vi.toml"]
    installed = install_handout(out, tmp_path / "learner")
    assert translation_files(installed.path) == {"vi": installed.path.with_name("tiny.vi.toml")}
    assert load_lesson(installed.path, lang="vi").title == "Nhỏ"
    bundle = write_bundle(tmp_path / "b.deskdl-bundle", Project(), lesson=lesson, learner="An")
    names = zipfile.ZipFile(bundle).namelist()
    assert "lesson/tiny.toml" in names and "lesson/tiny.vi.toml" in names
    assert read_bundle(bundle, course=load_course(tmp_path / "none")).lesson.title == "Tiny"


# ---------------------------------------------------------------- the shipped translations
SHIPPED = sorted(p for p in lessons_dir().rglob("*.toml") if translation_language(p))
#: Sections whose every lesson (and the section's title) is translated completely.
COMPLETE = {"vi": ("1-basics", "2-vision")}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_translation_names_only_what_its_lesson_has(path):
    base = path.with_name(path.name.split(".")[0] + ".toml")
    assert base.is_file()
    if base.name == "section.toml":
        assert set(load_toml(path)) == {"title"}
        return
    english = load_lesson(base, lang="en")
    translated = translate_lesson(english, path)  # raises on an unknown step id or field
    assert translated.title != english.title


def load_toml(path: Path) -> dict:
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("lang", "section"), [(k, s) for k, v in COMPLETE.items() for s in v])
def test_the_first_two_sections_are_translated_completely(lang, section):
    folder = lessons_dir() / section
    assert load_toml(folder / f"section.{lang}.toml")["title"].strip()
    lessons = sorted(p for p in folder.glob("*.toml")
                     if not translation_language(p) and p.name != "section.toml")
    assert lessons
    missing = {}
    for path in lessons:
        file = translation_files(path).get(lang)
        gaps = untranslated(load_lesson(path, lang="en"), file) if file else ["the whole lesson"]
        if gaps:
            missing[path.name] = gaps
    assert missing == {}


def test_the_guide_has_a_vietnamese_translation_with_the_same_outline():
    from deskdl.core.i18n import localized_path
    from deskdl.paths import resource

    guide = resource("guide") / "guide.md"
    vi = localized_path(guide, "vi")
    assert vi.name == "guide.vi.md" and localized_path(guide, "en") == guide
    english, text = guide.read_text(encoding="utf-8"), vi.read_text(encoding="utf-8")

    def outline(t: str) -> list[str]:
        return [line.split(" ", 1)[0] for line in t.splitlines() if line.startswith("#")]

    assert outline(text) == outline(english)  # the same headings, at the same levels
    for mark in ("{{shortcuts}}", "{{paths}}", "`.deskdl`", "`NAME.trained.keras`", "keras.io"):
        assert text.count(mark) == english.count(mark) == 1


# ---------------------------------------------------------------- the goals the checks write
def test_every_event_goal_says_what_the_event_list_says():
    from deskdl.core.lessons.checks import EVENT_GOALS
    from deskdl.core.lessons.controls import EVENTS

    assert set(EVENT_GOALS) == set(EVENTS)
    for name, text in EVENTS.items():
        assert EVENT_GOALS[name] == "You " + text.split(" (data:")[0]


@pytest.fixture
def vietnamese():
    """The Vietnamese of the shipped .ts sources installed as the lookup (as the app's .qm does)."""
    import xml.etree.ElementTree as ET

    table = {}
    for ts in (lessons_dir().parent / "i18n" / "vi").glob("core.lessons.*.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                table[(name, message.findtext("source"))] = message.findtext("translation") or ""
    i18n.install(lambda c, t: table.get((c, t), ""), "vi")
    yield
    i18n.install(None)


def test_the_goals_a_check_writes_itself_are_translated(vietnamese):
    from deskdl.core.lessons.checks import LearnerEvent, LessonContext, evaluate
    from deskdl.core.lessons.loader import _read_check, _Where

    def goal(table, ctx=None):
        result = evaluate(_read_check(_Where("t.toml", 1, "t"), "check", table), ctx or LessonContext())
        return result.text, result.detail

    assert goal({"kind": "metric", "metric": "val_accuracy", "min": 0.95}) == (
        "Ở lần chạy mới nhất, độ chính xác trên tập kiểm định ít nhất là 95 %.",
        "Chưa có lần chạy nào từ khi bước này mở ra: hãy huấn luyện.")
    assert goal({"kind": "layer_count", "type": "Dense", "where": {"activation": "relu"}, "min": 2})[0] == (
        'Số lớp Dense với activation "relu" ít nhất là 2.')
    assert goal({"kind": "training_setting", "setting": "optimizer.learning_rate", "min": 0.03,
                 "max": 0.3})[0] == "Thiết lập tốc độ học nằm giữa 0.03 và 0.3."
    events = [LearnerEvent("layer_selected", {"layer": "conv"})]
    assert goal({"kind": "event", "name": "layer_selected", "where": {"layer": "conv"}},
                LessonContext(events=events)) == ("Bạn đã chọn một lớp trên khung vẽ.", "Đã làm 1 lần.")
    assert goal({"kind": "all", "checks": [{"kind": "params", "max": 400}, {"kind": "run_finished"}]}) == (
        "Số tham số của mô hình nhiều nhất là 400. Một lần huấn luyện kết thúc.",
        "Còn phải làm: Số tham số của mô hình nhiều nhất là 400. Chưa có mô hình nào được mở.")


def test_the_hand_outs_section_is_titled_in_the_language(tiny, tmp_path, vietnamese):
    from deskdl.core.lessons.handout import handouts_section, install_handout, write_handout

    out = write_handout(tmp_path / "tiny.deskdl-lesson", load_lesson(tiny, lang="en"))
    install_handout(out, tmp_path / "handouts")
    assert handouts_section(tmp_path / "handouts").title == "Do giáo viên của bạn giao"


def test_every_section_title_is_translated():
    sections = [p for p in lessons_dir().iterdir() if (p / "section.toml").is_file()]
    assert sections and all(load_toml(p / "section.vi.toml")["title"].strip() for p in sections)


def test_lessons_verify_fails_on_a_wrong_translation_naming_file_and_field(tiny, capsys):
    from deskdl.cli import main

    write(tiny.parent, "tiny.vi.toml", '[steps.relu]\nhints = ["một"]\n')
    assert main(["lessons", "--verify", "--dir", str(tiny.parent.parent)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAIL ") and 'tiny.vi.toml: step 2 ("Two ReLU layers"): hints: has 1 hints' in out


def test_a_shipped_lesson_opens_in_vietnamese_in_the_window(qtbot, monkeypatch, tmp_path):
    from qt_helpers import close_all, close_quietly, guard_dialogs, make_window

    guard_dialogs(monkeypatch)
    monkeypatch.setattr(i18n, "_language", "vi")  # as the app does at start-up with --language vi
    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        assert window.install_stage_tabs()
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        course = window.lessons.course()
        assert course.section("1-basics").title == "Nơ-ron, lớp và quá trình học"
        assert window.lessons.open_lesson(course.find("perceptron"))
        panel = window.lessons.panel
        assert panel.title.text() == "Một nơ-ron vẽ một đường thẳng"
        assert panel.step_title.text() == "Một nơ-ron là một tổng có trọng số"
        assert "z = w1 * x1 + w2 * x2 + b" in panel.text.toPlainText()
        assert window.lessons.session.lesson.steps[0].check.get("name") == "layer_selected"  # checks stay
    finally:
        close_quietly(window)
        close_all()


def test_a_lesson_file_error_is_told_in_the_language(tiny, vietnamese):
    write(tiny.parent, "tiny.vi.toml", '[steps.relu]\nhints = ["một"]\n')
    assert error_of(tiny).endswith('tiny.vi.toml: bước 2 ("Two ReLU layers"): hints: có 1 gợi ý, bước của '
                                   "bài học có 2: hãy dịch mọi gợi ý, theo thứ tự của bài học")
    tiny.write_text(LESSON.replace('kind = "layer_count"', 'kind = "layer_cnt"'), encoding="utf-8")
    wrong = "check.checks[0].kind: 'layer_cnt' không phải là một loại kiểm tra: hãy dùng một trong "
    assert wrong in error_of(tiny)


def test_a_control_is_named_in_the_language(vietnamese):
    from deskdl.core.lessons.controls import control_text

    assert control_text("train.seed") == "seed ngẫu nhiên" and control_text("tab.inspect") == "thẻ Khảo sát"
    assert control_text("no.such") == "no.such"
    i18n.install(None)
    assert control_text("train.seed") == "the random seed"
