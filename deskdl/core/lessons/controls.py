"""The names a lesson file may use for GUI things: controls, tabs and learner events.

A lesson locks, hides or highlights a control by its id, and checks what the
learner did by an event's name. The GUI (``deskdl.qt``) maps each control id to
its widget and reports each event; the core only knows the names, so that the
loader can tell a teacher at once that ``"trainig.batch_size"`` is not a control.

Add an id here when the GUI gains a control a lesson may want (and describe it:
the description is what ``resources/lessons/README.md`` lists for teachers).
"""

from __future__ import annotations

from deskdl.core.i18n import N_, translator

_ = translator("core.lessons.controls")

#: The stages (tabs) of the main window, as ``switch_tab`` names them.
TABS: tuple[str, ...] = ("Build", "Data", "Train", "Evaluate", "Inspect")

#: Control id -> what it is. Lock (greyed out), hide, or highlight these.
CONTROLS: dict[str, str] = {
    # the stages themselves
    "tab.build": N_("the Build tab"),
    "tab.data": N_("the Data tab"),
    "tab.train": N_("the Train tab"),
    "tab.evaluate": N_("the Evaluate tab"),
    "tab.inspect": N_("the Inspect tab"),
    # Build
    "build.palette": N_("the layer palette (the list of layers to drag onto the canvas)"),
    "build.canvas": N_("the model canvas"),
    "build.properties": N_("the settings of the selected layer"),
    "build.summary": N_("the model summary (output shapes and parameter counts)"),
    "build.problems": N_("the Problems list"),
    "build.code": N_("the Python code of the model (Build, bottom panel)"),
    "build.project": N_("the Project panel: templates, recent projects, lessons (Build, left)"),
    # Data
    "data.dataset": N_("the choice of data set"),
    "data.settings": N_("the data set's settings (samples, noise, test share, ...)"),
    "data.examples": N_("the examples of the data set shown on the Data tab"),
    # Train
    "train.start": N_("the Start button (Train tab)"),
    "train.stop": N_("the Stop button"),
    "train.pause": N_("the Pause / Resume button"),
    "train.step": N_("the Step button (one batch at a time)"),
    "train.continue": N_("the Continue box (train on from the last model)"),
    "train.settings": N_("the whole column of training settings"),
    "train.optimizer": N_("the optimizer choice"),
    "train.learning_rate": N_("the learning rate"),
    "train.batch_size": N_("the batch size"),
    "train.epochs": N_("the number of epochs"),
    "train.loss": N_("the loss choice"),
    "train.validation_split": N_("the validation share"),
    "train.early_stopping": N_("the early stopping settings"),
    "train.schedule": N_("the learning-rate schedule"),
    "train.clipping": N_("gradient clipping (clipnorm, clipvalue)"),
    "train.seed": N_("the random seed"),
    "train.curves": N_("the loss and metric curves"),
    "train.boundary": N_("the live decision boundary of 2-D data"),
    "train.uncertainty": N_("the 'Show uncertainty (MC dropout)' box under the decision boundary"),
    "train.runs": N_("the list of runs (to overlay and compare curves)"),
    "train.algorithm": N_("the settings of the project's kind (an agent's, a GAN's, ...)"),
    "train.sweep": N_("the Sweep button (train with many settings)"),
    "train.compare": N_("the 'Compare ticked' button"),
    "train.doctor": N_("the training doctor's findings"),
    # Evaluate and Inspect
    "evaluate.drawing_pad": N_("the pad to draw a digit on"),
    "evaluate.confusion": N_("the confusion matrix"),
    "evaluate.evaluate": N_("the 'Evaluate again' button"),
    "evaluate.save_model": N_("the 'Save trained model' button"),
    "evaluate.mistakes": N_("the list of the model's mistakes on the test set"),
    "evaluate.adversarial": N_("the Adversarial page: a test picture attacked by the fast gradient sign "
                               "method, its epsilon slider and the accuracy against epsilon"),
    "inspect.filters": N_("the learned filters and feature maps"),
    "inspect.histograms": N_("the weight and activation histograms"),
    # sequence generation
    "generate.temperature": N_("the sampling temperature slider"),
    "generate.write": N_("the Write button of a text model"),
    # agents (reinforcement learning)
    "rl.watch": N_("the 'Watch the agent' button"),
    "rl.play": N_("the 'Play it yourself' button"),
}


def control_text(cid: str) -> str:
    """What control ``cid`` is, in the language the app speaks (the id itself when unknown)."""
    return _(CONTROLS[cid]) if cid in CONTROLS else cid

#: Learner event name -> what the learner did. The GUI reports them; ``event`` checks count them.
EVENTS: dict[str, str] = {
    "tab_opened": "opened a tab (data: tab = its name)",
    "layer_selected": "selected a layer on the canvas (data: layer = its id)",
    "run_started": "started a training run",
    "run_finished": "a training run ended (data: status)",
    "run_stopped": "pressed Stop during a run",
    "runs_overlaid": "showed two or more runs' curves together",
    "dataset_changed": "picked another data set (data: dataset = its id)",
    "data_viewed": "looked at the data in the Data tab",
    "boundary_viewed": "looked at the decision boundary",
    "uncertainty_viewed": "looked at the model's uncertainty (MC dropout) painted over the plane",
    "plane_clicked": "clicked a spot of the 2-D plane to read the model's answer there (data: x, y)",
    "filter_excited": "pressed Run on the Inspect tab's 'What excites a filter' page",
    "evaluated": "ran the evaluation of the trained model on the test set",
    "digit_drawn": "drew a digit on the drawing pad and the model read it (data: label = the answer)",
    "filters_viewed": "looked at the learned filters in the Inspect tab",
    "temperature_changed": "moved the sampling temperature slider (data: value)",
    "text_generated": "generated text or a tune from a trained model",
    "agent_watched": "pressed 'Watch the agent' to see the trained agent play",
    "attention_read": ("clicked a row of an attention map to read which places it takes from "
                       "(data: query, top)"),
    "epsilon_changed": "moved the Adversarial page's epsilon slider (data: value)",
    "weights_listed": "opened File > Pretrained Weights, which lists the ImageNet weights on this computer",
    "adversarial_flipped": ("changed the model's right answer to a test picture into a wrong one with the "
                            "fast gradient sign attack (data: epsilon, label = the true class, answer = the "
                            "new one)"),
    "hint_shown": "asked for a hint",
}
