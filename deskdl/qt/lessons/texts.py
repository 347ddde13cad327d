"""Everything the lessons' windows say (the lessons' own words live in resources/lessons)."""

from __future__ import annotations

from deskdl.core.i18n import N_, translator

_ = translator("qt.lessons.texts")


def shown(text: str) -> str:
    """One of this module's texts (marked with ``N_``) in the chosen language."""
    return _(text)

# -- menu, sidebar, dock
MENU = N_("&Lessons")
BROWSE = N_("&Browse Lessons…")
BROWSE_TIP = N_("The course: every lesson by section, how long it takes and how far you got")
LEAVE = N_("&Leave Lesson")
LEAVE_TIP = N_("Close the lesson (your progress is kept: open it again to go on where you left)")
DOCK_TITLE = N_("Lesson")
SIDEBAR_HEADING = N_("Lessons")
SIDEBAR_BROWSE = N_("Browse the lessons…")
SIDEBAR_CONTINUE = N_("Go on with “{title}” (step {step} of {count})")
SIDEBAR_CONTINUE_TIP = N_("Open the lesson where you left it")
SIDEBAR_NONE = N_("Guided lessons walk you through the course, step by step, and check your work.")
SIDEBAR_ALL_DONE = N_("You finished every lesson you started. Browse the lessons for more.")

# -- browser
BROWSER_TITLE = N_("Lessons")
BROWSER_INTRO = (N_("Each lesson is a few short steps: read, do the task in the app, and the step ticks "
                    "itself "
                 "when it is done. You can leave a lesson at any time and go on later where you left it. "
                 "A lesson file from your teacher (.deskdl-lesson) opens with File > Open."))
COL_LESSON = N_("Lesson")
COL_LENGTH = N_("Length")
COL_PROGRESS = N_("Progress")
NOT_STARTED = N_("Not started")
IN_PROGRESS = N_("Step {step} of {count}")
DONE = N_("Done ✓")
LENGTH = N_("{steps} · about {minutes} min")
LENGTH_NO_MINUTES = N_("{steps}")
STEPS = N_("{n} steps")
ONE_STEP = N_("1 step")
SECTION_ROW = N_("{title}")
SECTION_DONE = N_("{done} of {count} done")
OPEN = N_("Start")
RESUME = N_("Go on")
REVIEW = N_("Open again")
RESTART = N_("Start over")
RESTART_TIP = N_("Forget your progress in this lesson and begin at step 1")
CLOSE = N_("Close")
NO_LESSONS = N_("No lessons were found in {folder}.")
PROBLEMS = N_("Some lesson files could not be read:\n{problems}")
CHOOSE = N_("Choose a lesson to see what it is about.")

# -- panel
NO_LESSON = N_("No lesson is open. Choose one from Lessons > Browse Lessons…")
STEP_OF = N_("step {number} of {count}")
TASK = N_("Your task")
NOT_YET = N_("○  Not done yet")
DONE_MARK = N_("✓  Done")
READ_ONLY = N_("Read this step, then press Next.")
HINT = N_("Hint")
HINT_TIP = N_("Show the next hint (one at a time)")
NO_MORE_HINTS = N_("No more hints")
NO_HINTS = N_("This step has no hints")
NO_SHOW_ME = N_("This step has nothing to show: read it, then press Next")
HINT_N = N_("Hint {n} of {count}: {text}")
SHOW_ME = N_("Show me")
SHOW_ME_TIP = N_("Let deskdl do this step for you (you can undo the changes it makes to the model)")
BACK = N_("◀ Back")
NEXT = N_("Next ▶")
FINISH = N_("Finish")
NEXT_TIP_LOCKED = N_("Do the task first; the mark above ticks itself when it is done (or press Show me).")
NEXT_TIP = N_("Go to the next step")
FINISH_TIP = N_("Close the lesson: it is done")
LEAVE_BUTTON = N_("Leave lesson")
LESSON_DONE = N_("Lesson done! Every step is ticked: press Finish.")
STEP_DONE = N_("Well done. Press Next to go on.")
LAST_STEP_DONE = N_("Well done. Some earlier steps are not ticked yet: press Back to see them, or Finish.")
NOW = N_("Now: {detail}")

# -- what the lesson does in the window
WAITING_FOR_TF = N_("Show me will train as soon as TensorFlow has loaded…")
TRAINING_ALREADY = N_("A run is training: wait for it to end (or stop it), then press Show me again.")
TRAIN_FAILED = N_("Show me could not start training: {reason}")
ACTION_FAILED = N_("This step could not be set up: {reason}")
OPEN_FAILED_TITLE = N_("The lesson could not be opened")
OPENED = N_("Lesson “{title}”: step {number} of {count}")
LEFT = N_("You left the lesson “{title}”; your progress is kept.")
FINISHED = N_("You finished the lesson “{title}”.")
PROGRESS_NOT_SAVED = N_("Your progress could not be saved: {reason}")
UNKNOWN_LESSON = N_("deskdl: there is no lesson called {name!r}; `deskdl lessons` lists them")

# -- classroom (the dialogs' own words are in classroom.py)
HAND_IN_NOW = N_("To give your work to your teacher: Lessons > Hand In…")
LOCKED_LIST = N_("Locked by this lesson (greyed out; point at one to see why): {names}.")
HIDDEN_LIST = N_("Hidden by this lesson: {names}.")
